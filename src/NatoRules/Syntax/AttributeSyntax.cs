namespace NatoRules.Syntax;

/// <summary>An attribute of a member or candidate.</summary>
public abstract class AttributeSyntax : SyntaxNode
{
    private protected AttributeSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected AttributeSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
