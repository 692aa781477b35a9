namespace NatoRules.Syntax;

/// <summary><c>candidate Rutte "Mark Rutte" national NLD;</c> or <c>proposal R1 "...";</c>.</summary>
public sealed class CandidateDeclarationSyntax : StatementSyntax
{
    internal CandidateDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, IReadOnlyList<AttributeSyntax> attributes, SyntaxToken semicolonToken)
        : base(SyntaxKind.CandidateDeclaration, [keyword, identifier, title, .. attributes, semicolonToken])
    {
        Keyword = keyword;
        Identifier = identifier;
        Title = title;
        Attributes = attributes;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>candidate</c> or <c>proposal</c></summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>A descriptive string. Null when absent.</summary>
    public SyntaxToken? Title { get; }

    /// <summary><c>national</c>, <c>declared</c> and <c>withdrawn</c>.</summary>
    public IReadOnlyList<AttributeSyntax> Attributes { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
