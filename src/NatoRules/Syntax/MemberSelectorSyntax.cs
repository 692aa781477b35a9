namespace NatoRules.Syntax;

/// <summary><c>members</c> or <c>members where permanent</c>.</summary>
public sealed class MemberSelectorSyntax : SyntaxNode
{
    internal MemberSelectorSyntax(SyntaxToken membersKeyword, SyntaxToken? whereKeyword, SyntaxToken? attribute)
        : base(SyntaxKind.MemberSelector, [membersKeyword, whereKeyword, attribute])
    {
        MembersKeyword = membersKeyword;
        WhereKeyword = whereKeyword;
        Attribute = attribute;
    }

    /// <summary><c>members</c></summary>
    public SyntaxToken MembersKeyword { get; }

    /// <summary><c>where</c> Null when absent.</summary>
    public SyntaxToken? WhereKeyword { get; }

    /// <summary>The flag members must have. Null when absent.</summary>
    public SyntaxToken? Attribute { get; }
}
