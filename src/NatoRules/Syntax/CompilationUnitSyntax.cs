namespace NatoRules.Syntax;

/// <summary>A whole source file: its declarations and the end-of-file token.</summary>
public sealed class CompilationUnitSyntax : SyntaxNode
{
    internal CompilationUnitSyntax(IReadOnlyList<DeclarationSyntax> declarations, SyntaxToken endOfFileToken)
        : base(SyntaxKind.CompilationUnit, [.. declarations, endOfFileToken])
    {
        Declarations = declarations;
        EndOfFileToken = endOfFileToken;
    }

    /// <summary>The declarations, in order (skipped tokens included).</summary>
    public IReadOnlyList<DeclarationSyntax> Declarations { get; }

    /// <summary>The end of the file; its leading trivia is whatever follows the last declaration.</summary>
    public SyntaxToken EndOfFileToken { get; }

    internal SyntaxTree? Tree { get; set; }
}
