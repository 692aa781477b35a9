namespace NatoRules.Syntax;

/// <summary><c>matter UkraineOptOut "...";</c>: a matter guarantees can cover.</summary>
public sealed class MatterDeclarationSyntax : DeclarationSyntax
{
    internal MatterDeclarationSyntax(SyntaxToken matterKeyword, SyntaxToken identifier, SyntaxToken? description, SyntaxToken semicolonToken)
        : base(SyntaxKind.MatterDeclaration, [matterKeyword, identifier, description, semicolonToken])
    {
        MatterKeyword = matterKeyword;
        Identifier = identifier;
        Description = description;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>matter</c></summary>
    public SyntaxToken MatterKeyword { get; }

    /// <summary>The matter's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>What the matter is. Null when absent.</summary>
    public SyntaxToken? Description { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
