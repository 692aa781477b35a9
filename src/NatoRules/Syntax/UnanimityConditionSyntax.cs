namespace NatoRules.Syntax;

/// <summary>
/// <c>unanimity [of SELECTOR] [abstention allowed|breaks]</c>, such as
/// <c>unanimity of members on 2022-07-05 abstention breaks</c>.
/// </summary>
public sealed class UnanimityConditionSyntax : ConditionSyntax
{
    internal UnanimityConditionSyntax(SyntaxToken unanimityKeyword, SyntaxToken? abstentionKeyword, SyntaxToken? policy,
        SyntaxToken? ofKeyword = null, MemberSelectorSyntax? selector = null)
        : base(SyntaxKind.UnanimityCondition)
    {
        UnanimityKeyword = unanimityKeyword;
        OfKeyword = ofKeyword;
        Selector = selector;
        AbstentionKeyword = abstentionKeyword;
        Policy = policy;
        AttachChildren();
    }

    /// <summary><c>unanimity</c></summary>
    public SyntaxToken UnanimityKeyword { get; }

    /// <summary><c>of</c> Null when absent.</summary>
    public SyntaxToken? OfKeyword { get; }

    /// <summary>The members who must all agree; every member that counts when absent. Null when absent.</summary>
    public MemberSelectorSyntax? Selector { get; }

    /// <summary><c>abstention</c> Null when absent.</summary>
    public SyntaxToken? AbstentionKeyword { get; }

    /// <summary><c>allowed</c> or <c>breaks</c>. Null when absent.</summary>
    public SyntaxToken? Policy { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => UnanimityKeyword,
        1 => OfKeyword,
        2 => Selector,
        3 => AbstentionKeyword,
        4 => Policy,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
