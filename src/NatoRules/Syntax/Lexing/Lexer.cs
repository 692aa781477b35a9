using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NatoRules.Diagnostics;
using NatoRules.Text;
using Superpower;

namespace NatoRules.Syntax.Lexing;

/// <summary>
/// Turns text into tokens with trivia. The Superpower tokenizer (<see cref="NatoTokenizer"/>) splits the
/// text into raw pieces (every character lands in one piece: trivia pieces are kept, not ignored); this class
/// then classifies keywords, decodes literal values and attaches trivia to tokens by Roslyn's
/// rule: trailing trivia runs to the end of the line, the rest leads the next token.
/// </summary>
internal sealed class Lexer
{
    private static readonly Tokenizer<SyntaxKind> Tokenizer = NatoTokenizer.Instance;

    private readonly SourceText _source;
    private readonly DiagnosticBag _diagnostics;

    public Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _diagnostics = diagnostics;
    }

    /// <summary>The significant tokens, the last one always end of file.</summary>
    public List<SyntaxToken> Lex()
    {
        var text = _source.Text;
        var raw = new List<(SyntaxKind Kind, int Start, int Length)>();
        if (text.Length > 0)
        {
            foreach (var token in Tokenizer.Tokenize(text))
                AddRaw(raw, token.Kind, token.Span.Position.Absolute, token.Span.Length);
        }

        var tokens = new List<SyntaxToken>(raw.Count / 2 + 1);
        var leading = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var trailing = ImmutableArray.CreateBuilder<SyntaxTrivia>();
        var i = 0;
        while (i < raw.Count)
        {
            var (kind, start, length) = raw[i];
            if (SyntaxFacts.IsTrivia(kind))
            {
                leading.Add(MakeTrivia(kind, start, length));
                i++;
                continue;
            }

            i++;
            while (i < raw.Count && SyntaxFacts.IsTrivia(raw[i].Kind))
            {
                var trivia = MakeTrivia(raw[i].Kind, raw[i].Start, raw[i].Length);
                trailing.Add(trivia);
                i++;
                if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
                    break;
            }
            tokens.Add(MakeToken(kind, start, length, leading.DrainToImmutable(), trailing.DrainToImmutable()));
        }
        tokens.Add(new SyntaxToken(SyntaxKind.EndOfFileToken, text.Length, "", null, leading.DrainToImmutable(), []));
        return tokens;
    }

    private static void AddRaw(List<(SyntaxKind Kind, int Start, int Length)> raw, SyntaxKind kind, int start, int length)
    {
        // Runs of bad characters become one piece of trivia and one diagnostic.
        if (kind == SyntaxKind.BadCharactersTrivia && raw.Count > 0 && raw[^1].Kind == SyntaxKind.BadCharactersTrivia
            && raw[^1].Start + raw[^1].Length == start)
        {
            raw[^1] = (kind, raw[^1].Start, raw[^1].Length + length);
            return;
        }
        raw.Add((kind, start, length));
    }

    private SyntaxTrivia MakeTrivia(SyntaxKind kind, int start, int length)
    {
        var text = Shared(start, length);
        if (kind == SyntaxKind.BadCharactersTrivia)
            _diagnostics.Add(DiagnosticDescriptors.UnexpectedCharacter, _source, new TextSpan(start, length), Printable(text));
        else if (kind == SyntaxKind.MultiLineCommentTrivia && (length < 4 || !text.EndsWith("*/", StringComparison.Ordinal)))
            _diagnostics.Add(DiagnosticDescriptors.UnterminatedComment, _source, new TextSpan(start, 2));
        return new SyntaxTrivia(kind, text, start);
    }

    private SyntaxToken MakeToken(SyntaxKind kind, int start, int length,
        ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing)
    {
        var text = Shared(start, length);
        object? value = null;
        switch (kind)
        {
            case SyntaxKind.IdentifierToken:
                kind = SyntaxFacts.GetKeywordKind(text);
                break;
            case SyntaxKind.StringToken:
                value = DecodeString(text, start);
                break;
            case SyntaxKind.IntegerToken:
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
                    value = integer;
                else
                    _diagnostics.Add(DiagnosticDescriptors.NumberTooLarge, _source, new TextSpan(start, length), text);
                break;
            case SyntaxKind.PercentToken:
                if (decimal.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent))
                    value = percent;
                else
                    _diagnostics.Add(DiagnosticDescriptors.NumberTooLarge, _source, new TextSpan(start, length), text);
                break;
            case SyntaxKind.DateToken:
                value = DecodeDate(text, start);
                break;
        }
        return new SyntaxToken(kind, start, text, value, leading, trailing);
    }

    // Most token and trivia texts repeat (keywords, punctuation, a space, a line break, member codes),
    // so short texts are shared instead of allocated per occurrence.
    private readonly Dictionary<int, string[]> _shared = [];

    private string Shared(int start, int length)
    {
        if (length > 12)
            return _source.Text.Substring(start, length);
        var span = _source.Text.AsSpan(start, length);
        var hash = string.GetHashCode(span);
        if (_shared.TryGetValue(hash, out var candidates))
        {
            foreach (var candidate in candidates)
                if (span.SequenceEqual(candidate))
                    return candidate;
        }
        var text = span.ToString();
        _shared[hash] = candidates is null ? [text] : [.. candidates, text];
        return text;
    }

    private object? DecodeDate(string text, int start)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            _diagnostics.Add(DiagnosticDescriptors.MalformedDate, _source, new TextSpan(start, text.Length), text);
            return null;
        }
        // A well-shaped date that is not a real day (2024-02-30) is the binder's to report, with the reason.
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private string DecodeString(string text, int start)
    {
        var terminated = text.Length >= 2 && text[^1] == '"' && !EndsInEscape(text);
        if (!terminated)
            _diagnostics.Add(DiagnosticDescriptors.UnterminatedString, _source, new TextSpan(start, text.Length));
        var body = terminated ? text.AsSpan(1, text.Length - 2) : text.AsSpan(1);
        var builder = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\' || i + 1 >= body.Length)
            {
                builder.Append(c);
                continue;
            }
            var next = body[++i];
            switch (next)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'u' when i + 4 < body.Length && ushort.TryParse(body.Slice(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    _diagnostics.Add(DiagnosticDescriptors.InvalidEscape, _source, new TextSpan(start + 1 + i - 1, 2), "\\" + next);
                    builder.Append(next);
                    break;
            }
        }
        return builder.ToString();
    }

    // `"abc\"` ends in an escaped quote, so it is not terminated.
    private static bool EndsInEscape(string text)
    {
        var backslashes = 0;
        for (var i = text.Length - 2; i > 0 && text[i] == '\\'; i--)
            backslashes++;
        return backslashes % 2 == 1;
    }

    private static string Printable(string text)
    {
        var builder = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || rune.Value == 0xFFFD)
                builder.Append(CultureInfo.InvariantCulture, $"\\u{rune.Value:X4}");
            else
                builder.Append(rune.ToString());
        }
        return builder.ToString();
    }
}
