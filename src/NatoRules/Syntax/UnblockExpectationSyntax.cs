namespace NatoRules.Syntax;

/// <summary><c>unblocked by guarantee UkraineOptOut</c> or <c>unblocked by ROU</c>.</summary>
public sealed class UnblockExpectationSyntax : ExpectationSyntax
{
    internal UnblockExpectationSyntax(SyntaxToken unblockedKeyword, SyntaxToken byKeyword, SyntaxToken? guaranteeKeyword, NameSyntax target)
        : base(SyntaxKind.UnblockExpectation)
    {
        UnblockedKeyword = unblockedKeyword;
        ByKeyword = byKeyword;
        GuaranteeKeyword = guaranteeKeyword;
        Target = target;
        AttachChildren();
    }

    /// <summary><c>unblocked</c></summary>
    public SyntaxToken UnblockedKeyword { get; }

    /// <summary><c>by</c></summary>
    public SyntaxToken ByKeyword { get; }

    /// <summary><c>guarantee</c>, when the target is a matter. Null when absent.</summary>
    public SyntaxToken? GuaranteeKeyword { get; }

    /// <summary>The matter or member.</summary>
    public NameSyntax Target { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => UnblockedKeyword,
        1 => ByKeyword,
        2 => GuaranteeKeyword,
        3 => Target,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
