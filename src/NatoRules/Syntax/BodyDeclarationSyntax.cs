namespace NatoRules.Syntax;

/// <summary><c>body NATO "title" { member ...; }</c>: a deciding body and its members.</summary>
public sealed class BodyDeclarationSyntax : DeclarationSyntax
{
    internal BodyDeclarationSyntax(SyntaxToken bodyKeyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax block)
        : base(SyntaxKind.BodyDeclaration)
    {
        BodyKeyword = bodyKeyword;
        Identifier = identifier;
        Title = title;
        Block = block;
        AttachChildren();
    }

    /// <summary><c>body</c></summary>
    public SyntaxToken BodyKeyword { get; }

    /// <summary>The body's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>An optional descriptive string. Null when absent.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>The member declarations.</summary>
    public BlockSyntax Block { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => BodyKeyword,
        1 => Identifier,
        2 => Title,
        3 => Block,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
