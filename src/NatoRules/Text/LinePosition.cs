namespace NatoRules.Text;

/// <summary>A position as a zero-based line and a zero-based character within it.</summary>
/// <remarks>Positions are zero-based inside the library; add one only when printing for people.</remarks>
/// <param name="Line">The zero-based line number.</param>
/// <param name="Character">The zero-based character offset within the line.</param>
public readonly record struct LinePosition(int Line, int Character)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

/// <summary>A range between two line positions.</summary>
/// <param name="Start">Where the range starts.</param>
/// <param name="End">Where the range ends (exclusive).</param>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Start})-({End})";
}
