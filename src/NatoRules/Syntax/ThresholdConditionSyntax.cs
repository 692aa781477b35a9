namespace NatoRules.Syntax;

/// <summary><c>at least 9 supports</c>, <c>at least 55% of members</c>, <c>at least 65% of population</c>.</summary>
public sealed class ThresholdConditionSyntax : ConditionSyntax
{
    internal ThresholdConditionSyntax(SyntaxToken atKeyword, SyntaxToken leastKeyword, SyntaxToken value, SyntaxToken? supportsKeyword, SyntaxToken? ofKeyword, SyntaxToken? measure)
        : base(SyntaxKind.ThresholdCondition, [atKeyword, leastKeyword, value, supportsKeyword, ofKeyword, measure])
    {
        AtKeyword = atKeyword;
        LeastKeyword = leastKeyword;
        Value = value;
        SupportsKeyword = supportsKeyword;
        OfKeyword = ofKeyword;
        Measure = measure;
    }

    /// <summary><c>at</c></summary>
    public SyntaxToken AtKeyword { get; }

    /// <summary><c>least</c></summary>
    public SyntaxToken LeastKeyword { get; }

    /// <summary>A number or a percentage.</summary>
    public SyntaxToken Value { get; }

    /// <summary><c>supports</c>, after a number. Null when absent.</summary>
    public SyntaxToken? SupportsKeyword { get; }

    /// <summary><c>of</c>, after a percentage. Null when absent.</summary>
    public SyntaxToken? OfKeyword { get; }

    /// <summary><c>members</c> or a numeric attribute such as <c>population</c>. Null when absent.</summary>
    public SyntaxToken? Measure { get; }
}
