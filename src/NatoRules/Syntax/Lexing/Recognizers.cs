using Superpower;
using Superpower.Model;

namespace NatoRules.Syntax.Lexing;

/// <summary>
/// The character-level recognizers handed to Superpower's tokenizer. Each measures how many
/// characters it matches at the start of the input; none of them ever fails on well-formed text,
/// and the last one takes any single character, so tokenizing never fails.
/// </summary>
internal static class Recognizers
{
    public static readonly TextParser<Unit> EndOfLine = Measure(static (s, i) =>
        s[i] == '\r' ? (i + 1 < s.Length && s[i + 1] == '\n' ? 2 : 1) : s[i] == '\n' ? 1 : 0);

    public static readonly TextParser<Unit> Whitespace = Measure(static (s, i) =>
    {
        var j = i;
        while (j < s.Length && s[j] != '\r' && s[j] != '\n' && (char.IsWhiteSpace(s[j]) || s[j] == '\uFEFF'))
            j++;
        return j - i;
    });

    public static readonly TextParser<Unit> SingleLineComment = Measure(static (s, i) =>
    {
        if (s[i] != '/' || i + 1 >= s.Length || s[i + 1] != '/')
            return 0;
        var j = i + 2;
        while (j < s.Length && s[j] != '\r' && s[j] != '\n')
            j++;
        return j - i;
    });

    /// <summary>A block comment; an unterminated one runs to the end of the text (the lexer reports it).</summary>
    public static readonly TextParser<Unit> MultiLineComment = Measure(static (s, i) =>
    {
        if (s[i] != '/' || i + 1 >= s.Length || s[i + 1] != '*')
            return 0;
        var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
        return (end < 0 ? s.Length : end + 2) - i;
    });

    /// <summary>A string; an unterminated one runs to the end of its line (the lexer reports it).</summary>
    public static readonly TextParser<Unit> String = Measure(static (s, i) =>
    {
        if (s[i] != '"')
            return 0;
        var j = i + 1;
        while (j < s.Length)
        {
            var c = s[j];
            if (c == '"')
                return j + 1 - i;
            if (c == '\r' || c == '\n')
                break;
            j += c == '\\' && j + 1 < s.Length && s[j + 1] != '\r' && s[j + 1] != '\n' ? 2 : 1;
        }
        return j - i;
    });

    /// <summary>Digits joined by hyphens: a date, or something shaped like one (the lexer checks the shape).</summary>
    public static readonly TextParser<Unit> Date = Measure(static (s, i) =>
    {
        var j = Digits(s, i);
        if (j == i || j >= s.Length || s[j] != '-')
            return 0;
        while (j < s.Length && s[j] == '-' && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1]))
            j = Digits(s, j + 1);
        return j == Digits(s, i) ? 0 : j - i;
    });

    public static readonly TextParser<Unit> Percent = Measure(static (s, i) =>
    {
        var j = Digits(s, i);
        if (j == i)
            return 0;
        if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiDigit(s[j + 1]))
            j = Digits(s, j + 1);
        return j < s.Length && s[j] == '%' ? j + 1 - i : 0;
    });

    public static readonly TextParser<Unit> Integer = Measure(static (s, i) => Digits(s, i) - i);

    public static readonly TextParser<Unit> Identifier = Measure(static (s, i) =>
    {
        if (!char.IsLetter(s[i]) && s[i] != '_')
            return 0;
        var j = i + 1;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] == '_'))
            j++;
        return j - i;
    });

    /// <summary>One character, or one surrogate pair, that fits nothing else.</summary>
    public static readonly TextParser<Unit> AnyCharacter = Measure(static (s, i) =>
        char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1);

    public static TextParser<Unit> Exactly(char c) => Measure((s, i) => s[i] == c ? 1 : 0);

    private static int Digits(string s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i]))
            i++;
        return i;
    }

    private static TextParser<Unit> Measure(Func<string, int, int> measure) => input =>
    {
        if (input.IsAtEnd)
            return Result.Empty<Unit>(input);
        var length = measure(input.Source!, input.Position.Absolute);
        return length == 0
            ? Result.Empty<Unit>(input)
            : Result.Value(Unit.Value, input, input.Skip(length));
    };
}
