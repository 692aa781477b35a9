namespace NatoRules.Syntax;

/// <summary><c>HUN, TUR objects Rutte unless guarantee UkraineOptOut</c>: members taking a position.</summary>
public sealed class PositionClauseSyntax : EventClauseSyntax
{
    internal PositionClauseSyntax(NameListSyntax members, SyntaxToken verb, NameSyntax candidate, PositionConditionSyntax? condition)
        : base(SyntaxKind.PositionClause)
    {
        Members = members;
        Verb = verb;
        Candidate = candidate;
        Condition = condition;
        AttachChildren();
    }

    /// <summary>The members.</summary>
    public NameListSyntax Members { get; }

    /// <summary><c>supports</c>, <c>objects</c> or <c>abstains</c>.</summary>
    public SyntaxToken Verb { get; }

    /// <summary>The candidate or proposal.</summary>
    public NameSyntax Candidate { get; }

    /// <summary>A condition on a guarantee. Null when absent.</summary>
    public PositionConditionSyntax? Condition { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Members,
        1 => Verb,
        2 => Candidate,
        3 => Condition,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
