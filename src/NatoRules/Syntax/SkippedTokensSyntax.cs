namespace NatoRules.Syntax;

/// <summary>Tokens the parser skipped while recovering from an error.</summary>
public sealed class SkippedTokensSyntax : DeclarationSyntax
{
    internal SkippedTokensSyntax(IReadOnlyList<SyntaxToken> tokens)
        : base(SyntaxKind.SkippedTokens, [.. tokens])
    {
        Tokens = tokens;
    }

    /// <summary>The skipped tokens.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; }
}
