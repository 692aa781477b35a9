namespace NatoRules.Syntax;

/// <summary><c>eligible when candidate is national of member;</c>: a condition on the candidate.</summary>
public sealed class EligibleClauseSyntax : StatementSyntax
{
    internal EligibleClauseSyntax(SyntaxToken eligibleKeyword, SyntaxToken whenKeyword, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.EligibleClause)
    {
        EligibleKeyword = eligibleKeyword;
        WhenKeyword = whenKeyword;
        Condition = condition;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>eligible</c></summary>
    public SyntaxToken EligibleKeyword { get; }

    /// <summary><c>when</c></summary>
    public SyntaxToken WhenKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => EligibleKeyword,
        1 => WhenKeyword,
        2 => Condition,
        3 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
