namespace NatoRules.Syntax;

/// <summary>A top-level declaration.</summary>
public abstract class DeclarationSyntax : StatementSyntax
{
    private protected DeclarationSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected DeclarationSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
