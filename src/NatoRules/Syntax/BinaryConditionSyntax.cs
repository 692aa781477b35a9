namespace NatoRules.Syntax;

/// <summary><c>a and b</c>, <c>a or b</c>.</summary>
public sealed class BinaryConditionSyntax : ConditionSyntax
{
    internal BinaryConditionSyntax(ConditionSyntax left, SyntaxToken operatorToken, ConditionSyntax right)
        : base(SyntaxKind.BinaryCondition, [left, operatorToken, right])
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
    }

    /// <summary>The left operand.</summary>
    public ConditionSyntax Left { get; }

    /// <summary><c>and</c> or <c>or</c>.</summary>
    public SyntaxToken OperatorToken { get; }

    /// <summary>The right operand.</summary>
    public ConditionSyntax Right { get; }
}
