namespace NatoRules.Syntax;

/// <summary><c>require consensus;</c>: a condition for adoption.</summary>
public sealed class RequireClauseSyntax : StatementSyntax
{
    internal RequireClauseSyntax(SyntaxToken requireKeyword, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.RequireClause, [requireKeyword, condition, semicolonToken])
    {
        RequireKeyword = requireKeyword;
        Condition = condition;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>require</c></summary>
    public SyntaxToken RequireKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
