using System.Collections.Frozen;

namespace NatoRules.Syntax;

/// <summary>Facts about the language's words and punctuation.</summary>
public static class SyntaxFacts
{
    private static readonly FrozenDictionary<string, SyntaxKind> Keywords = BuildKeywords();

    private static FrozenDictionary<string, SyntaxKind> BuildKeywords()
    {
        var map = new Dictionary<string, SyntaxKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<SyntaxKind>())
        {
            var name = kind.ToString();
            if (name.EndsWith("Keyword", StringComparison.Ordinal))
            {
                var word = name[..^"Keyword".Length];
                map.Add(char.ToLowerInvariant(word[0]) + word[1..], kind);
            }
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The keyword kind of <paramref name="text"/>, or <see cref="SyntaxKind.IdentifierToken"/> if it is not a keyword.</summary>
    public static SyntaxKind GetKeywordKind(string text) =>
        Keywords.TryGetValue(text, out var kind) ? kind : SyntaxKind.IdentifierToken;

    /// <summary>Whether <paramref name="kind"/> is a keyword.</summary>
    public static bool IsKeyword(SyntaxKind kind) => kind.ToString().EndsWith("Keyword", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="kind"/> is a comment, <c>// ...</c> or <c>/* ... */</c>.</summary>
    public static bool IsComment(SyntaxKind kind) => kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;

    /// <summary>Whether <paramref name="kind"/> is trivia.</summary>
    public static bool IsTrivia(SyntaxKind kind) => kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia
        or SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.BadCharactersTrivia;

    /// <summary>Every keyword of the language.</summary>
    public static IEnumerable<string> KeywordTexts => Keywords.Keys.Order(StringComparer.Ordinal);

    /// <summary>The fixed text of a keyword or punctuation kind, or null.</summary>
    public static string? GetText(SyntaxKind kind) => kind switch
    {
        SyntaxKind.OpenBraceToken => "{",
        SyntaxKind.CloseBraceToken => "}",
        SyntaxKind.OpenParenToken => "(",
        SyntaxKind.CloseParenToken => ")",
        SyntaxKind.SemicolonToken => ";",
        SyntaxKind.ColonToken => ":",
        SyntaxKind.CommaToken => ",",
        SyntaxKind.EqualsToken => "=",
        _ when IsKeyword(kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..^"Keyword".Length],
        _ => null,
    };

    /// <summary>How a token of <paramref name="kind"/> reads in a message: <c>`;`</c>, <c>identifier</c>.</summary>
    public static string Describe(SyntaxKind kind) => kind switch
    {
        SyntaxKind.IdentifierToken => "identifier",
        SyntaxKind.StringToken => "string",
        SyntaxKind.DateToken => "date",
        SyntaxKind.IntegerToken => "number",
        SyntaxKind.PercentToken => "percentage",
        SyntaxKind.EndOfFileToken => "end of file",
        _ => GetText(kind) is { } text ? $"`{text}`" : kind.ToString(),
    };

    /// <summary>How a particular token reads in a message: <c>identifier `whn`</c>, <c>keyword `body`</c>.</summary>
    public static string Describe(SyntaxToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Describe(token.Kind, token.Text);
    }

    internal static string Describe(SyntaxKind kind, string text) => kind switch
    {
        SyntaxKind.EndOfFileToken => "end of file",
        SyntaxKind.IdentifierToken or SyntaxKind.StringToken or SyntaxKind.DateToken
            or SyntaxKind.IntegerToken or SyntaxKind.PercentToken => $"{Describe(kind)} `{text}`",
        _ when IsKeyword(kind) => $"keyword `{text}`",
        _ => $"`{text}`",
    };
}
