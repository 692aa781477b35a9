namespace NatoRules.Syntax;

/// <summary><c>without guarantee UkraineOptOut;</c>: removes facts for one test.</summary>
public sealed class WithoutStatementSyntax : StatementSyntax
{
    internal WithoutStatementSyntax(SyntaxToken withoutKeyword, SyntaxToken guaranteeKeyword, NameSyntax matter, SyntaxToken semicolonToken)
        : base(SyntaxKind.WithoutStatement)
    {
        WithoutKeyword = withoutKeyword;
        GuaranteeKeyword = guaranteeKeyword;
        Matter = matter;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>without</c></summary>
    public SyntaxToken WithoutKeyword { get; }

    /// <summary><c>guarantee</c></summary>
    public SyntaxToken GuaranteeKeyword { get; }

    /// <summary>The matter whose guarantees are removed.</summary>
    public NameSyntax Matter { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => WithoutKeyword,
        1 => GuaranteeKeyword,
        2 => Matter,
        3 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
