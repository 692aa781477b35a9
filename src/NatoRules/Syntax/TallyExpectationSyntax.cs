namespace NatoRules.Syntax;

/// <summary><c>has 14 supports</c></summary>
public sealed class TallyExpectationSyntax : ExpectationSyntax
{
    internal TallyExpectationSyntax(SyntaxToken hasKeyword, SyntaxToken count, SyntaxToken tally)
        : base(SyntaxKind.TallyExpectation)
    {
        HasKeyword = hasKeyword;
        Count = count;
        Tally = tally;
        AttachChildren();
    }

    /// <summary><c>has</c></summary>
    public SyntaxToken HasKeyword { get; }

    /// <summary>The expected number.</summary>
    public SyntaxToken Count { get; }

    /// <summary><c>supports</c>, <c>objections</c>, <c>abstentions</c>, <c>silent</c> or <c>nonmembers</c>.</summary>
    public SyntaxToken Tally { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => HasKeyword,
        1 => Count,
        2 => Tally,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
