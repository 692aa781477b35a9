namespace NatoRules.Syntax;

/// <summary>
/// Which members a condition speaks of: <c>members</c>, <c>members where permanent</c>,
/// <c>members on 2022-07-05</c>, <c>members except candidate</c>, <c>members except HUN</c>,
/// or these together in that order.
/// </summary>
public sealed class MemberSelectorSyntax : SyntaxNode
{
    internal MemberSelectorSyntax(SyntaxToken membersKeyword, SyntaxToken? whereKeyword, SyntaxToken? attribute,
        SyntaxToken? onKeyword = null, SyntaxToken? date = null, SyntaxToken? exceptKeyword = null,
        SyntaxToken? exceptCandidate = null, NameSyntax? exceptMember = null)
        : base(SyntaxKind.MemberSelector)
    {
        MembersKeyword = membersKeyword;
        WhereKeyword = whereKeyword;
        Attribute = attribute;
        OnKeyword = onKeyword;
        Date = date;
        ExceptKeyword = exceptKeyword;
        ExceptCandidate = exceptCandidate;
        ExceptMember = exceptMember;
        AttachChildren();
    }

    /// <summary><c>members</c></summary>
    public SyntaxToken MembersKeyword { get; }

    /// <summary><c>where</c> Null when absent.</summary>
    public SyntaxToken? WhereKeyword { get; }

    /// <summary>The flag members must have. Null when absent.</summary>
    public SyntaxToken? Attribute { get; }

    /// <summary><c>on</c> Null when absent.</summary>
    public SyntaxToken? OnKeyword { get; }

    /// <summary>The date on which membership is read instead of the evaluation's date. Null when absent.</summary>
    public SyntaxToken? Date { get; }

    /// <summary><c>except</c> Null when absent.</summary>
    public SyntaxToken? ExceptKeyword { get; }

    /// <summary><c>candidate</c> after <c>except</c>: the member the candidate or proposal is a national of. Null when absent.</summary>
    public SyntaxToken? ExceptCandidate { get; }

    /// <summary>The member left out, after <c>except</c>. Null when absent.</summary>
    public NameSyntax? ExceptMember { get; }

    private protected override int SlotCount => 8;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => MembersKeyword,
        1 => WhereKeyword,
        2 => Attribute,
        3 => OnKeyword,
        4 => Date,
        5 => ExceptKeyword,
        6 => ExceptCandidate,
        7 => ExceptMember,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
