namespace NatoRules.Syntax;

/// <summary>A top-level declaration.</summary>
public abstract class DeclarationSyntax : StatementSyntax
{
    private protected DeclarationSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected DeclarationSyntax(SyntaxKind kind, bool ownSlots, params SyntaxElement?[] children)
        : base(kind, ownSlots, children)
    {
    }
}
