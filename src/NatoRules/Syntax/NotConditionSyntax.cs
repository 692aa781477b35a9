namespace NatoRules.Syntax;

/// <summary><c>not c</c>.</summary>
public sealed class NotConditionSyntax : ConditionSyntax
{
    internal NotConditionSyntax(SyntaxToken notKeyword, ConditionSyntax operand)
        : base(SyntaxKind.NotCondition, [notKeyword, operand])
    {
        NotKeyword = notKeyword;
        Operand = operand;
    }

    /// <summary><c>not</c></summary>
    public SyntaxToken NotKeyword { get; }

    /// <summary>The negated condition.</summary>
    public ConditionSyntax Operand { get; }
}
