namespace NatoRules.Syntax;

public sealed partial class LogicalConditionSyntax
{
    /// <summary>The first operator: <c>and</c> or <c>or</c> (all of them are the same).</summary>
    public SyntaxToken OperatorToken => (SyntaxToken)Elements[1];

    /// <summary>The operator at <paramref name="index"/> (from 0): the one before operand <paramref name="index"/> + 1.</summary>
    public SyntaxToken OperatorAt(int index) => (SyntaxToken)Elements[2 * index + 1];
}
