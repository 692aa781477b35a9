using NatoRules.Syntax.Lexing;

namespace NatoRules.Syntax.Parsing;

/// <summary>
/// The parser's view of the tokens: indexed from the start of the file, lexed on demand as the parser
/// reaches them, and forgotten once the parser has moved past them (the tree holds them), so the
/// stream holds only the statement being parsed. Every index at or past the end of the file gives
/// the end-of-file token.
/// </summary>
internal sealed class TokenStream(Lexer lexer)
{
    private readonly List<SyntaxToken> _tokens = [];
    private int _offset; // the index of _tokens[0]
    private SyntaxToken? _endOfFile;

    public SyntaxToken this[int index]
    {
        get
        {
            while (index - _offset >= _tokens.Count)
            {
                if (_endOfFile is not null)
                    return _endOfFile;
                var token = lexer.Next();
                if (token.Kind == SyntaxKind.EndOfFileToken)
                {
                    _endOfFile = token;
                    return token;
                }
                _tokens.Add(token);
            }
            return _tokens[index - _offset];
        }
    }

    /// <summary>Whether <paramref name="index"/> is the end of the file (or past it).</summary>
    public bool IsEnd(int index) => this[index].Kind == SyntaxKind.EndOfFileToken;

    /// <summary>The parser will not look before <paramref name="index"/> − 1 again.</summary>
    public void Release(int index)
    {
        var drop = index - 1 - _offset;
        if (drop < 1024)
            return;
        drop = Math.Min(drop, _tokens.Count);
        _tokens.RemoveRange(0, drop);
        _offset += drop;
    }
}
