namespace NatoRules.Syntax;

/// <summary><c>( c )</c>.</summary>
public sealed class ParenthesizedConditionSyntax : ConditionSyntax
{
    internal ParenthesizedConditionSyntax(SyntaxToken openParenToken, ConditionSyntax condition, SyntaxToken closeParenToken)
        : base(SyntaxKind.ParenthesizedCondition, [openParenToken, condition, closeParenToken])
    {
        OpenParenToken = openParenToken;
        Condition = condition;
        CloseParenToken = closeParenToken;
    }

    /// <summary><c>(</c></summary>
    public SyntaxToken OpenParenToken { get; }

    /// <summary>The inner condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>)</c></summary>
    public SyntaxToken CloseParenToken { get; }
}
