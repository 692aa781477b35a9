namespace NatoRules.Syntax;

/// <summary>A statement inside a block.</summary>
public abstract class StatementSyntax : SyntaxNode
{
    private protected StatementSyntax(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind, children)
    {
    }

    private protected StatementSyntax(SyntaxKind kind)
        : base(kind)
    {
    }
}
