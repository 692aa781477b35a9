namespace NatoRules.Syntax;

/// <summary><c>matter UkraineOptOut "...";</c>: a matter guarantees can cover.</summary>
public sealed class MatterDeclarationSyntax : DeclarationSyntax
{
    internal MatterDeclarationSyntax(SyntaxToken matterKeyword, SyntaxToken identifier, SyntaxToken? description, SyntaxToken semicolonToken)
        : base(SyntaxKind.MatterDeclaration)
    {
        MatterKeyword = matterKeyword;
        Identifier = identifier;
        Description = description;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>matter</c></summary>
    public SyntaxToken MatterKeyword { get; }

    /// <summary>The matter's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>What the matter is. Null when absent.</summary>
    public SyntaxToken? Description { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => MatterKeyword,
        1 => Identifier,
        2 => Description,
        3 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
