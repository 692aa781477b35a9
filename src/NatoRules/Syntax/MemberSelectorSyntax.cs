namespace NatoRules.Syntax;

/// <summary><c>members</c> or <c>members where permanent</c>.</summary>
public sealed class MemberSelectorSyntax : SyntaxNode
{
    internal MemberSelectorSyntax(SyntaxToken membersKeyword, SyntaxToken? whereKeyword, SyntaxToken? attribute)
        : base(SyntaxKind.MemberSelector)
    {
        MembersKeyword = membersKeyword;
        WhereKeyword = whereKeyword;
        Attribute = attribute;
        AttachChildren();
    }

    /// <summary><c>members</c></summary>
    public SyntaxToken MembersKeyword { get; }

    /// <summary><c>where</c> Null when absent.</summary>
    public SyntaxToken? WhereKeyword { get; }

    /// <summary>The flag members must have. Null when absent.</summary>
    public SyntaxToken? Attribute { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => MembersKeyword,
        1 => WhereKeyword,
        2 => Attribute,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
