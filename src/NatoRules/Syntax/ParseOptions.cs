namespace NatoRules.Syntax;

/// <summary>Limits the parser enforces.</summary>
public sealed record ParseOptions
{
    /// <summary>The defaults: conditions nested at most 64 deep.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>How deeply conditions may nest (parentheses, <c>not</c>, <c>all</c>, <c>any</c>).</summary>
    public int MaxNestingDepth { get; init; } = 64;

    // Whether the parser keeps a clean one-member position compact (see OnStatementSyntax);
    // tests turn it off to check that compact statements expand to the trees it would have built.
    internal bool CompactStatements { get; init; } = true;
}
