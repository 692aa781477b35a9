namespace NatoRules.Syntax;

/// <summary><c>unanimity abstention allowed</c> or <c>unanimity abstention breaks</c>.</summary>
public sealed class UnanimityConditionSyntax : ConditionSyntax
{
    internal UnanimityConditionSyntax(SyntaxToken unanimityKeyword, SyntaxToken? abstentionKeyword, SyntaxToken? policy)
        : base(SyntaxKind.UnanimityCondition)
    {
        UnanimityKeyword = unanimityKeyword;
        AbstentionKeyword = abstentionKeyword;
        Policy = policy;
        AttachChildren();
    }

    /// <summary><c>unanimity</c></summary>
    public SyntaxToken UnanimityKeyword { get; }

    /// <summary><c>abstention</c> Null when absent.</summary>
    public SyntaxToken? AbstentionKeyword { get; }

    /// <summary><c>allowed</c> or <c>breaks</c>. Null when absent.</summary>
    public SyntaxToken? Policy { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => UnanimityKeyword,
        1 => AbstentionKeyword,
        2 => Policy,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
