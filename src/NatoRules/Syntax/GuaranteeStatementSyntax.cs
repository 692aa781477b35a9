namespace NatoRules.Syntax;

/// <summary>A guarantee given, as a fact.</summary>
public sealed class GuaranteeStatementSyntax : StatementSyntax
{
    internal GuaranteeStatementSyntax(GuaranteeClauseSyntax guarantee, SyntaxToken semicolonToken)
        : base(SyntaxKind.GuaranteeStatement)
    {
        Guarantee = guarantee;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary>The guarantee.</summary>
    public GuaranteeClauseSyntax Guarantee { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Guarantee,
        1 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
