namespace NatoRules.Text;

/// <summary>A span in a particular source text: where a diagnostic, fact or rule is.</summary>
public sealed class Location : IEquatable<Location>
{
    /// <summary>Creates a location.</summary>
    public Location(SourceText source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (span.Start < 0 || span.End > source.Length)
            throw new ArgumentOutOfRangeException(nameof(span));
        Source = source;
        Span = span;
    }

    /// <summary>The source text.</summary>
    public SourceText Source { get; }

    /// <summary>The span within <see cref="Source"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>The path of the source text.</summary>
    public string Path => Source.Path;

    /// <summary>The zero-based line positions of the span.</summary>
    public LinePositionSpan LineSpan => Source.GetLinePositionSpan(Span);

    /// <inheritdoc/>
    public bool Equals(Location? other) =>
        other is not null && ReferenceEquals(Source, other.Source) && Span == other.Span;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, Span);

    /// <summary>The location as <c>path(line,column)</c>, one-based.</summary>
    public override string ToString()
    {
        var start = LineSpan.Start;
        return $"{Path}:{start.Line + 1}:{start.Character + 1}";
    }
}
