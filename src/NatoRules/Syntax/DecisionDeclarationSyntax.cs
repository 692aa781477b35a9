namespace NatoRules.Syntax;

/// <summary><c>decision SecretaryGeneral in NATO { ... }</c>: how a body decides one kind of question.</summary>
public sealed class DecisionDeclarationSyntax : DeclarationSyntax
{
    internal DecisionDeclarationSyntax(SyntaxToken decisionKeyword, SyntaxToken identifier, SyntaxToken inKeyword, NameSyntax body, BlockSyntax block)
        : base(SyntaxKind.DecisionDeclaration)
    {
        DecisionKeyword = decisionKeyword;
        Identifier = identifier;
        InKeyword = inKeyword;
        Body = body;
        Block = block;
        AttachChildren();
    }

    /// <summary><c>decision</c></summary>
    public SyntaxToken DecisionKeyword { get; }

    /// <summary>The decision's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary><c>in</c></summary>
    public SyntaxToken InKeyword { get; }

    /// <summary>The body that decides.</summary>
    public NameSyntax Body { get; }

    /// <summary>The clauses.</summary>
    public BlockSyntax Block { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => DecisionKeyword,
        1 => Identifier,
        2 => InKeyword,
        3 => Body,
        4 => Block,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
