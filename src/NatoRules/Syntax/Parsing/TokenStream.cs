using NatoRules.Syntax.Lexing;

namespace NatoRules.Syntax.Parsing;

using NatoRules.Syntax.InternalSyntax;

/// <summary>
/// The parser's view of the tokens: indexed from the start of the file, lexed on demand as the parser
/// reaches them, and forgotten once the parser has moved past them (the tree holds them), so the
/// stream holds only the statement being parsed. Every index at or past the end of the file gives
/// the end-of-file token. The stream keeps tokens as values (<see cref="Peek"/>) and makes a
/// <see cref="SyntaxToken"/> of one only when the parser takes it (the indexer), once: a statement the
/// parser keeps compact costs no token object.
/// </summary>
internal sealed class TokenStream(Lexer lexer, string text, int capacity = 2048)
{
    private LexedToken[] _lexed = new LexedToken[capacity];
    private SyntaxToken?[] _made = new SyntaxToken?[capacity];
    private int _count; // tokens held, from _offset
    private int _offset; // the index of _lexed[0]
    private bool _ended;
    private LexedToken _endOfFile;
    private SyntaxToken? _endOfFileToken;

    /// <summary>The token at <paramref name="index"/> as a node will hold it.</summary>
    public SyntaxToken this[int index]
    {
        get
        {
            if (!Fill(index))
                return _endOfFileToken ??= _endOfFile.ToGreen(text);
            var at = index - _offset;
            return _made[at] ??= _lexed[at].ToGreen(text);
        }
    }

    /// <summary>The token at <paramref name="index"/> as the lexer made it, without making a token object.</summary>
    public LexedToken Peek(int index) => Fill(index) ? _lexed[index - _offset] : _endOfFile;

    /// <summary>Whether <paramref name="index"/> is the end of the file (or past it).</summary>
    public bool IsEnd(int index) => Peek(index).Kind == SyntaxKind.EndOfFileToken;

    // Lexes up to the token at `index`; false when it lies at or past the end of the file.
    private bool Fill(int index)
    {
        while (index - _offset >= _count)
        {
            if (_ended)
                return false;
            var token = lexer.Next();
            if (token.Kind == SyntaxKind.EndOfFileToken)
            {
                _endOfFile = token;
                _ended = true;
                return false;
            }
            if (_count == _lexed.Length)
            {
                Array.Resize(ref _lexed, _count * 2);
                Array.Resize(ref _made, _count * 2);
            }
            _lexed[_count] = token;
            _made[_count] = null;
            _count++;
        }
        return true;
    }

    /// <summary>The parser will not look before <paramref name="index"/> − 1 again.</summary>
    public void Release(int index)
    {
        var drop = index - 1 - _offset;
        if (drop < 1024)
            return;
        drop = Math.Min(drop, _count);
        Array.Copy(_lexed, drop, _lexed, 0, _count - drop);
        Array.Copy(_made, drop, _made, 0, _count - drop);
        Array.Clear(_made, _count - drop, drop);
        _count -= drop;
        _offset += drop;
    }
}
