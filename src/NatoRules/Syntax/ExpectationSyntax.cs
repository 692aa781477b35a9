namespace NatoRules.Syntax;

/// <summary>What an expect statement expects.</summary>
public abstract class ExpectationSyntax : SyntaxNode
{
    private protected ExpectationSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected ExpectationSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
