namespace NatoRules.Syntax;

/// <summary><c>require consensus;</c>: a condition for adoption.</summary>
public sealed class RequireClauseSyntax : StatementSyntax
{
    internal RequireClauseSyntax(SyntaxToken requireKeyword, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.RequireClause)
    {
        RequireKeyword = requireKeyword;
        Condition = condition;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>require</c></summary>
    public SyntaxToken RequireKeyword { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => RequireKeyword,
        1 => Condition,
        2 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
