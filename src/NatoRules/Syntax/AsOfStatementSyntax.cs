namespace NatoRules.Syntax;

/// <summary><c>as of 2024-06-17;</c></summary>
public sealed class AsOfStatementSyntax : StatementSyntax
{
    internal AsOfStatementSyntax(SyntaxToken asKeyword, SyntaxToken ofKeyword, SyntaxToken date, SyntaxToken semicolonToken)
        : base(SyntaxKind.AsOfStatement, [asKeyword, ofKeyword, date, semicolonToken])
    {
        AsKeyword = asKeyword;
        OfKeyword = ofKeyword;
        Date = date;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>as</c></summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary><c>of</c></summary>
    public SyntaxToken OfKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
