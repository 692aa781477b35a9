namespace NatoRules.Syntax;

/// <summary><c>SWE joins</c>, <c>FIN, SWE joins</c> or <c>GBR leaves</c>.</summary>
public sealed class MembershipClauseSyntax : EventClauseSyntax
{
    internal MembershipClauseSyntax(NameListSyntax members, SyntaxToken verb)
        : base(SyntaxKind.MembershipClause, [members, verb])
    {
        Members = members;
        Verb = verb;
    }

    /// <summary>The members.</summary>
    public NameListSyntax Members { get; }

    /// <summary><c>joins</c> or <c>leaves</c>.</summary>
    public SyntaxToken Verb { get; }
}
