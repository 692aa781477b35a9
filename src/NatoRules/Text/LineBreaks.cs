namespace NatoRules.Text;

/// <summary>The one rule for line breaks: <c>\n</c>, <c>\r</c>, or the pair <c>\r\n</c> as one break.</summary>
internal static class LineBreaks
{
    /// <summary>The length of the line break at <paramref name="at"/>, which holds <c>\r</c> or <c>\n</c>.</summary>
    public static int LengthAt(ReadOnlySpan<char> text, int at) =>
        text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1;
}
