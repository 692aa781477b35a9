namespace NatoRules.Syntax;

/// <summary><c>consensus</c> or <c>consensus of members on 2022-07-05</c>: no member that counts objects.</summary>
public sealed class ConsensusConditionSyntax : ConditionSyntax
{
    internal ConsensusConditionSyntax(SyntaxToken consensusKeyword, SyntaxToken? ofKeyword = null, MemberSelectorSyntax? selector = null)
        : base(SyntaxKind.ConsensusCondition)
    {
        ConsensusKeyword = consensusKeyword;
        OfKeyword = ofKeyword;
        Selector = selector;
        AttachChildren();
    }

    /// <summary><c>consensus</c></summary>
    public SyntaxToken ConsensusKeyword { get; }

    /// <summary><c>of</c> Null when absent.</summary>
    public SyntaxToken? OfKeyword { get; }

    /// <summary>The members whose consent is needed; every member that counts when absent. Null when absent.</summary>
    public MemberSelectorSyntax? Selector { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ConsensusKeyword,
        1 => OfKeyword,
        2 => Selector,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
