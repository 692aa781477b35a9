namespace NatoRules.Syntax;

/// <summary>A fact that can be dated: a position, a membership change, a withdrawal or a guarantee.</summary>
public abstract class EventClauseSyntax : SyntaxNode
{
    private protected EventClauseSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected EventClauseSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
