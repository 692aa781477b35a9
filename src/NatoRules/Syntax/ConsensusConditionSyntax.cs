namespace NatoRules.Syntax;

/// <summary><c>consensus</c>: no member that counts objects.</summary>
public sealed class ConsensusConditionSyntax : ConditionSyntax
{
    internal ConsensusConditionSyntax(SyntaxToken consensusKeyword)
        : base(SyntaxKind.ConsensusCondition)
    {
        ConsensusKeyword = consensusKeyword;
        AttachChildren();
    }

    /// <summary><c>consensus</c></summary>
    public SyntaxToken ConsensusKeyword { get; }

    private protected override int SlotCount => 1;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ConsensusKeyword,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
