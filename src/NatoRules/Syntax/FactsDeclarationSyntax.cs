namespace NatoRules.Syntax;

/// <summary><c>facts SecretaryGeneral2024 for SecretaryGeneral { ... }</c>: dated facts about candidates or proposals.</summary>
public sealed class FactsDeclarationSyntax : DeclarationSyntax
{
    internal FactsDeclarationSyntax(SyntaxToken factsKeyword, SyntaxToken identifier, SyntaxToken forKeyword, NameListSyntax decisions, BlockSyntax block)
        : base(SyntaxKind.FactsDeclaration)
    {
        FactsKeyword = factsKeyword;
        Identifier = identifier;
        ForKeyword = forKeyword;
        Decisions = decisions;
        Block = block;
        AttachChildren();
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

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => FactsKeyword,
        1 => Identifier,
        2 => ForKeyword,
        3 => Decisions,
        4 => Block,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
