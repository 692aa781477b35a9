namespace NatoRules.Syntax;

/// <summary><c>unless guarantee M</c> or <c>if guarantee M</c>.</summary>
public sealed class PositionConditionSyntax : SyntaxNode
{
    internal PositionConditionSyntax(SyntaxToken keyword, SyntaxToken guaranteeKeyword, NameSyntax matter)
        : base(SyntaxKind.PositionCondition)
    {
        Keyword = keyword;
        GuaranteeKeyword = guaranteeKeyword;
        Matter = matter;
        AttachChildren();
    }

    /// <summary><c>unless</c> or <c>if</c>.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary><c>guarantee</c></summary>
    public SyntaxToken GuaranteeKeyword { get; }

    /// <summary>The matter the guarantee must cover.</summary>
    public NameSyntax Matter { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => GuaranteeKeyword,
        2 => Matter,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
