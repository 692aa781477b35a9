using Superpower;
using Superpower.Model;

namespace NatoRules.Syntax.Lexing;

/// <summary>
/// The language's Superpower tokenizer: one pass over the characters that classifies each piece by its
/// first character, instead of trying a list of recognizers in turn. Spaces and line breaks are skipped,
/// as Superpower tokenizers do (the lexer finds them between the pieces); comments come out as pieces,
/// and a run of bad characters as one <see cref="SyntaxKind.BadCharactersTrivia"/>, so tokenizing never fails.
/// </summary>
internal sealed class NatoTokenizer : Tokenizer<SyntaxKind>
{
    public static NatoTokenizer Instance { get; } = new();

    /// <summary>The pieces of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> one by one, without collecting them into a token list.</summary>
    internal IEnumerable<Result<SyntaxKind>> Pieces(string text, int start, int end) =>
        Tokenize(start == 0 && end == text.Length ? new TextSpan(text) : new TextSpan(text, new Position(start, 1, 1), end - start));

    /// <inheritdoc/>
    protected override IEnumerable<Result<SyntaxKind>> Tokenize(TextSpan span)
    {
        var s = span.Source!;
        var i = span.Position.Absolute;
        var end = i + span.Length;
        var position = span.Position;
        while (i < end)
        {
            var (kind, length) = Scan(s, i, end);
            var next = Advance(s, position, length);
            if (kind is not (SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia))
                yield return Result.Value(kind, new TextSpan(s, position, length), new TextSpan(s, next, end - next.Absolute));
            position = next;
            i += length;
        }
    }

    /// <summary>Moves a Superpower position over <paramref name="length"/> characters, counting lines.</summary>
    private static Position Advance(string s, Position position, int length)
    {
        var piece = s.AsSpan(position.Absolute, length);
        var lastBreak = piece.LastIndexOf('\n');
        return lastBreak < 0
            ? new Position(position.Absolute + length, position.Line, position.Column + length)
            : new Position(position.Absolute + length, position.Line + piece.Count('\n'), length - lastBreak);
    }

    /// <summary>The kind and length of the piece starting at <paramref name="i"/>; a run of bad characters is one piece.</summary>
    internal static (SyntaxKind Kind, int Length) Scan(string s, int i, int end)
    {
        var piece = ScanOne(s, i, end);
        if (piece.Kind != SyntaxKind.BadCharactersTrivia)
            return piece;
        var j = i + piece.Length;
        while (j < end && ScanOne(s, j, end) is { Kind: SyntaxKind.BadCharactersTrivia } next)
            j += next.Length;
        return (SyntaxKind.BadCharactersTrivia, j - i);
    }

    private static (SyntaxKind Kind, int Length) ScanOne(string s, int i, int end)
    {
        var c = s[i];
        switch (c)
        {
            case '\n' or '\r':
                return (SyntaxKind.EndOfLineTrivia, NatoRules.Text.LineBreaks.LengthAt(s.AsSpan(0, end), i));
            case ' ' or '\t':
                return (SyntaxKind.WhitespaceTrivia, Whitespace(s, i, end));
            case '/' when i + 1 < end && s[i + 1] == '/':
            {
                var j = i + 2;
                while (j < end && s[j] != '\r' && s[j] != '\n')
                    j++;
                return (SyntaxKind.SingleLineCommentTrivia, j - i);
            }
            case '/' when i + 1 < end && s[i + 1] == '*':
            {
                var close = s.IndexOf("*/", i + 2, end - i - 2, StringComparison.Ordinal);
                return (SyntaxKind.MultiLineCommentTrivia, (close < 0 ? end : close + 2) - i);
            }
            case '"':
                return (SyntaxKind.StringToken, String(s, i, end));
            case '{': return (SyntaxKind.OpenBraceToken, 1);
            case '}': return (SyntaxKind.CloseBraceToken, 1);
            case '(': return (SyntaxKind.OpenParenToken, 1);
            case ')': return (SyntaxKind.CloseParenToken, 1);
            case ';': return (SyntaxKind.SemicolonToken, 1);
            case ':': return (SyntaxKind.ColonToken, 1);
            case ',': return (SyntaxKind.CommaToken, 1);
            case '=': return (SyntaxKind.EqualsToken, 1);
        }
        if (char.IsAsciiDigit(c))
            return Number(s, i, end);
        if (char.IsLetter(c) || c == '_')
        {
            var j = i + 1;
            // A qualified name (`UNSC.ProceduralMatter`) is one identifier: a dot joins two names.
            while (j < end && (char.IsLetterOrDigit(s[j]) || s[j] == '_'
                               || (s[j] == '.' && j + 1 < end && (char.IsLetter(s[j + 1]) || s[j + 1] == '_'))))
                j++;
            return (SyntaxKind.IdentifierToken, j - i);
        }
        if (char.IsWhiteSpace(c) || c == '\uFEFF')
            return (SyntaxKind.WhitespaceTrivia, Whitespace(s, i, end));
        // A character that fits nothing; a surrogate pair stays whole.
        return (SyntaxKind.BadCharactersTrivia, char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1]) ? 2 : 1);
    }

    private static int Whitespace(string s, int i, int end)
    {
        var j = i;
        while (j < end && s[j] != '\r' && s[j] != '\n' && (char.IsWhiteSpace(s[j]) || s[j] == '\uFEFF'))
            j++;
        return j - i;
    }

    /// <summary>A string; an unterminated one runs to the end of its line (the lexer reports it).</summary>
    private static int String(string s, int i, int end)
    {
        var j = i + 1;
        while (j < end)
        {
            var c = s[j];
            if (c == '"')
                return j + 1 - i;
            if (c == '\r' || c == '\n')
                break;
            j += c == '\\' && j + 1 < end && s[j + 1] != '\r' && s[j + 1] != '\n' ? 2 : 1;
        }
        return j - i;
    }

    /// <summary>Digits: a date (digits joined by hyphens, its shape checked later), a fraction, a percentage, or an integer.</summary>
    private static (SyntaxKind, int) Number(string s, int i, int end)
    {
        var j = Digits(s, i, end);
        if (j + 1 < end && s[j] == '-' && char.IsAsciiDigit(s[j + 1]))
        {
            while (j + 1 < end && s[j] == '-' && char.IsAsciiDigit(s[j + 1]))
                j = Digits(s, j + 1, end);
            return (SyntaxKind.DateToken, j - i);
        }
        if (j + 1 < end && s[j] == '/' && char.IsAsciiDigit(s[j + 1]))
            return (SyntaxKind.FractionToken, Digits(s, j + 1, end) - i);
        var k = j;
        if (k + 1 < end && s[k] == '.' && char.IsAsciiDigit(s[k + 1]))
            k = Digits(s, k + 1, end);
        if (k < end && s[k] == '%')
            return (SyntaxKind.PercentToken, k + 1 - i);
        return (SyntaxKind.IntegerToken, j - i);
    }

    private static int Digits(string s, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(s[i]))
            i++;
        return i;
    }
}
