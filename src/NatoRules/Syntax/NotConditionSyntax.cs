namespace NatoRules.Syntax;

/// <summary><c>not c</c>.</summary>
public sealed class NotConditionSyntax : ConditionSyntax
{
    internal NotConditionSyntax(SyntaxToken notKeyword, ConditionSyntax operand)
        : base(SyntaxKind.NotCondition)
    {
        NotKeyword = notKeyword;
        Operand = operand;
        AttachChildren();
    }

    /// <summary><c>not</c></summary>
    public SyntaxToken NotKeyword { get; }

    /// <summary>The negated condition.</summary>
    public ConditionSyntax Operand { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => NotKeyword,
        1 => Operand,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
