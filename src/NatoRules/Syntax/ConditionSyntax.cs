namespace NatoRules.Syntax;

/// <summary>A condition in a rule, decision or guarantees clause.</summary>
public abstract class ConditionSyntax : SyntaxNode
{
    private protected ConditionSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected ConditionSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
