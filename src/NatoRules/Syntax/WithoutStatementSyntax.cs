namespace NatoRules.Syntax;

/// <summary><c>without guarantee UkraineOptOut;</c>: removes facts for one test.</summary>
public sealed class WithoutStatementSyntax : StatementSyntax
{
    internal WithoutStatementSyntax(SyntaxToken withoutKeyword, SyntaxToken guaranteeKeyword, NameSyntax matter, SyntaxToken semicolonToken)
        : base(SyntaxKind.WithoutStatement, [withoutKeyword, guaranteeKeyword, matter, semicolonToken])
    {
        WithoutKeyword = withoutKeyword;
        GuaranteeKeyword = guaranteeKeyword;
        Matter = matter;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>without</c></summary>
    public SyntaxToken WithoutKeyword { get; }

    /// <summary><c>guarantee</c></summary>
    public SyntaxToken GuaranteeKeyword { get; }

    /// <summary>The matter whose guarantees are removed.</summary>
    public NameSyntax Matter { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
