namespace NatoRules.Text;

/// <summary>A range of characters in a source text: a zero-based start and a length.</summary>
/// <param name="Start">The zero-based offset of the first character.</param>
/// <param name="Length">The number of characters; zero for an empty span.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an end offset.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies wholly within this span.</summary>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether <paramref name="position"/> lies within this span (end excluded).</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <inheritdoc/>
    public override string ToString() => $"[{Start}..{End})";
}
