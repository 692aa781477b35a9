namespace NatoRules.Syntax;

/// <summary><c>a and b</c>, <c>a or b</c>.</summary>
public sealed class BinaryConditionSyntax : ConditionSyntax
{
    internal BinaryConditionSyntax(ConditionSyntax left, SyntaxToken operatorToken, ConditionSyntax right)
        : base(SyntaxKind.BinaryCondition)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        AttachChildren();
    }

    /// <summary>The left operand.</summary>
    public ConditionSyntax Left { get; }

    /// <summary><c>and</c> or <c>or</c>.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ConditionSyntax Right { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Left,
        1 => OperatorToken,
        2 => Right,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
