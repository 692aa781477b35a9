namespace NatoRules.Syntax;

/// <summary><c>( c )</c>.</summary>
public sealed class ParenthesizedConditionSyntax : ConditionSyntax
{
    internal ParenthesizedConditionSyntax(SyntaxToken openParenToken, ConditionSyntax condition, SyntaxToken closeParenToken)
        : base(SyntaxKind.ParenthesizedCondition)
    {
        OpenParenToken = openParenToken;
        Condition = condition;
        CloseParenToken = closeParenToken;
        AttachChildren();
    }

    /// <summary><c>(</c></summary>
    public SyntaxToken OpenParenToken { get; }

    /// <summary>The inner condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>)</c></summary>
    public SyntaxToken CloseParenToken { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OpenParenToken,
        1 => Condition,
        2 => CloseParenToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
