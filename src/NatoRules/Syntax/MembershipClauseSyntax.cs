namespace NatoRules.Syntax;

/// <summary><c>SWE joins</c>, <c>FIN, SWE joins</c> or <c>GBR leaves</c>.</summary>
public sealed class MembershipClauseSyntax : EventClauseSyntax
{
    internal MembershipClauseSyntax(NameListSyntax members, SyntaxToken verb)
        : base(SyntaxKind.MembershipClause)
    {
        Members = members;
        Verb = verb;
        AttachChildren();
    }

    /// <summary>The members.</summary>
    public NameListSyntax Members { get; }

    /// <summary><c>joins</c> or <c>leaves</c>.</summary>
    public SyntaxToken Verb { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Members,
        1 => Verb,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
