namespace NatoRules.Syntax;

/// <summary><c>facts SecretaryGeneral2024 for SecretaryGeneral { ... }</c>: dated facts about candidates or proposals.</summary>
public sealed class FactsDeclarationSyntax : DeclarationSyntax
{
    internal FactsDeclarationSyntax(SyntaxToken factsKeyword, SyntaxToken identifier, SyntaxToken forKeyword, NameListSyntax decisions, BlockSyntax block)
        : base(SyntaxKind.FactsDeclaration, [factsKeyword, identifier, forKeyword, decisions, block])
    {
        FactsKeyword = factsKeyword;
        Identifier = identifier;
        ForKeyword = forKeyword;
        Decisions = decisions;
        Block = block;
    }

    /// <summary><c>facts</c></summary>
    public SyntaxToken FactsKeyword { get; }

    /// <summary>The name of the set of facts.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary><c>for</c></summary>
    public SyntaxToken ForKeyword { get; }

    /// <summary>The decisions the facts are about.</summary>
    public NameListSyntax Decisions { get; }

    /// <summary>The facts.</summary>
    public BlockSyntax Block { get; }
}
