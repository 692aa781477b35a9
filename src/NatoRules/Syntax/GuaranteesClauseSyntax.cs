namespace NatoRules.Syntax;

/// <summary><c>guarantees count when written and given by candidate;</c>: which guarantees satisfy a conditional position.</summary>
public sealed class GuaranteesClauseSyntax : StatementSyntax
{
    internal GuaranteesClauseSyntax(SyntaxToken guaranteesKeyword, SyntaxToken countKeyword, SyntaxToken whenKeyword, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.GuaranteesClause)
    {
        GuaranteesKeyword = guaranteesKeyword;
        CountKeyword = countKeyword;
        WhenKeyword = whenKeyword;
        Condition = condition;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>guarantees</c></summary>
    public SyntaxToken GuaranteesKeyword { get; }

    /// <summary><c>count</c></summary>
    public SyntaxToken CountKeyword { get; }

    /// <summary><c>when</c></summary>
    public SyntaxToken WhenKeyword { get; }

    /// <summary>The requirement on a guarantee.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => GuaranteesKeyword,
        1 => CountKeyword,
        2 => WhenKeyword,
        3 => Condition,
        4 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
