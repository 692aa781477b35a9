namespace NatoRules.Syntax;

/// <summary>Statements between braces.</summary>
public sealed class BlockSyntax : SyntaxNode
{
    internal BlockSyntax(SyntaxToken openBraceToken, IReadOnlyList<StatementSyntax> statements, SyntaxToken closeBraceToken)
        : base(SyntaxKind.Block, [openBraceToken, .. statements, closeBraceToken])
    {
        OpenBraceToken = openBraceToken;
        Statements = statements;
        CloseBraceToken = closeBraceToken;
    }

    /// <summary><c>{</c></summary>
    public SyntaxToken OpenBraceToken { get; }

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<StatementSyntax> Statements { get; }

    /// <summary><c>}</c></summary>
    public SyntaxToken CloseBraceToken { get; }
}
