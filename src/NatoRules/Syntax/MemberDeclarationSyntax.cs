namespace NatoRules.Syntax;

/// <summary><c>member HUN "Hungary" joined 1999-03-12;</c>: a member with its attributes.</summary>
public sealed class MemberDeclarationSyntax : StatementSyntax
{
    internal MemberDeclarationSyntax(SyntaxToken memberKeyword, SyntaxToken code, SyntaxToken? title, IReadOnlyList<AttributeSyntax> attributes, SyntaxToken semicolonToken)
        : base(SyntaxKind.MemberDeclaration, [memberKeyword, code, title, .. attributes, semicolonToken])
    {
        MemberKeyword = memberKeyword;
        Code = code;
        Title = title;
        Attributes = attributes;
        SemicolonToken = semicolonToken;
    }

    /// <summary><c>member</c></summary>
    public SyntaxToken MemberKeyword { get; }

    /// <summary>The member's code (ISO 3166-1 alpha-3).</summary>
    public SyntaxToken Code { get; }

    /// <summary>The member's name. Null when absent.</summary>
    public SyntaxToken? Title { get; }

    /// <summary>Attributes: joined, left, term, flags and numbers.</summary>
    public IReadOnlyList<AttributeSyntax> Attributes { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }
}
