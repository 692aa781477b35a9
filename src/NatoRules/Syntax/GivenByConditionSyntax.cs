namespace NatoRules.Syntax;

/// <summary><c>given by candidate</c>: who must give a guarantee.</summary>
public sealed class GivenByConditionSyntax : ConditionSyntax
{
    internal GivenByConditionSyntax(SyntaxToken givenKeyword, SyntaxToken byKeyword, SyntaxToken giver)
        : base(SyntaxKind.GivenByCondition)
    {
        GivenKeyword = givenKeyword;
        ByKeyword = byKeyword;
        Giver = giver;
        AttachChildren();
    }

    /// <summary><c>given</c></summary>
    public SyntaxToken GivenKeyword { get; }

    /// <summary><c>by</c></summary>
    public SyntaxToken ByKeyword { get; }

    /// <summary><c>candidate</c> or a name.</summary>
    public SyntaxToken Giver { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => GivenKeyword,
        1 => ByKeyword,
        2 => Giver,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
