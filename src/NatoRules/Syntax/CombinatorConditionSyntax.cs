namespace NatoRules.Syntax;

/// <summary><c>all(a, b)</c> or <c>any(a, b)</c>.</summary>
public sealed class CombinatorConditionSyntax : ConditionSyntax
{
    internal CombinatorConditionSyntax(SyntaxToken keyword, SyntaxToken openParenToken, IReadOnlyList<SyntaxElement> elements, SyntaxToken closeParenToken)
        : base(SyntaxKind.CombinatorCondition, [keyword, openParenToken, .. elements, closeParenToken])
    {
        Keyword = keyword;
        OpenParenToken = openParenToken;
        Elements = elements;
        CloseParenToken = closeParenToken;
    }

    /// <summary><c>all</c> or <c>any</c>.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary><c>(</c></summary>
    public SyntaxToken OpenParenToken { get; }

    /// <summary>The conditions and the commas between them.</summary>
    public IReadOnlyList<SyntaxElement> Elements { get; }

    /// <summary><c>)</c></summary>
    public SyntaxToken CloseParenToken { get; }

    /// <summary>The conditions, without the commas.</summary>
    public IEnumerable<ConditionSyntax> Conditions => Elements.OfType<ConditionSyntax>();
}
