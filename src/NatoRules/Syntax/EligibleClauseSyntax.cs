namespace NatoRules.Syntax;

/// <summary><c>eligible when candidate is national of member;</c>: a condition on the candidate.</summary>
public sealed class EligibleClauseSyntax : StatementSyntax
{
    internal EligibleClauseSyntax(SyntaxToken eligibleKeyword, SyntaxToken whenKeyword, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.EligibleClause, [eligibleKeyword, whenKeyword, condition, semicolonToken])
    {
        EligibleKeyword = eligibleKeyword;
        WhenKeyword = whenKeyword;
        Condition = condition;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>eligible</c></summary>
    public SyntaxToken EligibleKeyword { get; }

    /// <summary><c>when</c></summary>
    public SyntaxToken WhenKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
