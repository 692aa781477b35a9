namespace NatoRules.Syntax;

/// <summary><c>at least 9 supports</c>, <c>at least 55% of members</c>, <c>at least 65% of population</c>.</summary>
public sealed class ThresholdConditionSyntax : ConditionSyntax
{
    internal ThresholdConditionSyntax(SyntaxToken atKeyword, SyntaxToken leastKeyword, SyntaxToken value, SyntaxToken? supportsKeyword, SyntaxToken? ofKeyword, SyntaxToken? measure)
        : base(SyntaxKind.ThresholdCondition)
    {
        AtKeyword = atKeyword;
        LeastKeyword = leastKeyword;
        Value = value;
        SupportsKeyword = supportsKeyword;
        OfKeyword = ofKeyword;
        Measure = measure;
        AttachChildren();
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

    private protected override int SlotCount => 6;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => AtKeyword,
        1 => LeastKeyword,
        2 => Value,
        3 => SupportsKeyword,
        4 => OfKeyword,
        5 => Measure,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
