namespace NatoRules.Text;

/// <summary>The text of one source file with its path and a map from offsets to lines.</summary>
public sealed class SourceText
{
    // Found when first asked for (at 1 MB they are a 100 KB array on the large object heap): a file whose
    // statements are all read without the grammar, and bound without a diagnostic, never asks.
    // Threads that race compute equal arrays.
    private int[]? _lineStarts;

    private int[] LineStarts => _lineStarts ?? LazyInitializer.EnsureInitialized(ref _lineStarts, () => ComputeLineStarts(Text));

    private SourceText(string text, string path)
    {
        Text = text;
        Path = path;
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The path the text was read from, or a name given by the caller.</summary>
    public string Path { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The number of lines; an empty text has one.</summary>
    public int LineCount => LineStarts.Length;

    /// <summary>Wraps <paramref name="text"/> as a source text.</summary>
    /// <param name="text">The source.</param>
    /// <param name="path">A path or name used in diagnostics.</param>
    public static SourceText From(string text, string path = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        return new SourceText(text, path);
    }

    /// <summary>The characters covered by <paramref name="span"/>.</summary>
    public string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <inheritdoc/>
    public override string ToString() => Text;

    /// <summary>The zero-based line that holds <paramref name="position"/>.</summary>
    public int GetLineIndex(int position)
    {
        if ((uint)position > (uint)Text.Length)
            throw new ArgumentOutOfRangeException(nameof(position));
        var index = Array.BinarySearch(LineStarts, position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The line and character of <paramref name="position"/>.</summary>
    public LinePosition GetLinePosition(int position)
    {
        var line = GetLineIndex(position);
        return new LinePosition(line, position - LineStarts[line]);
    }

    /// <summary>The line positions of the start and end of <paramref name="span"/>.</summary>
    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The span of line <paramref name="line"/>, without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var lineStarts = LineStarts;
        var start = lineStarts[line];
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
            end--;
        return TextSpan.FromBounds(start, end);
    }

    private static int[] ComputeLineStarts(string text)
    {
        // Counted first, then found, both a vector at a time: one exact array for a file of any size
        // (a line break is a `\n`, a `\r` or the pair `\r\n`, so a count of both characters is an upper bound).
        var span = text.AsSpan();
        var starts = new int[span.Count('\n') + span.Count('\r') + 1];
        var count = 1;
        var offset = 0;
        while (span[offset..].IndexOfAny('\r', '\n') is var i and >= 0)
        {
            offset += i;
            offset += LineBreaks.LengthAt(span, offset);
            starts[count++] = offset;
        }
        return count == starts.Length ? starts : starts[..count];
    }
}
