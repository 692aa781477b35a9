namespace NatoRules.Syntax;

/// <summary>A guarantee given, as a fact.</summary>
public sealed class GuaranteeStatementSyntax : StatementSyntax
{
    internal GuaranteeStatementSyntax(GuaranteeClauseSyntax guarantee, SyntaxToken semicolonToken)
        : base(SyntaxKind.GuaranteeStatement, [guarantee, semicolonToken])
    {
        Guarantee = guarantee;
        SemicolonToken = semicolonToken;
    }

    /// <summary>The guarantee.</summary>
    public GuaranteeClauseSyntax Guarantee { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
