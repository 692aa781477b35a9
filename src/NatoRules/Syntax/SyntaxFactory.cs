using System.Collections.Immutable;
using NatoRules.Syntax.Lexing;

namespace NatoRules.Syntax;

/// <summary>
/// Makes nodes and tokens in code: one method per kind of node (generated from the syntax description),
/// and the tokens and trivia below. What it makes stands on its own (no tree, no position) until it is
/// put in a node, and <c>ToFullString()</c> gives exactly its text.
/// </summary>
public static partial class SyntaxFactory
{
    /// <summary>A keyword or punctuation token of <paramref name="kind"/>, with its fixed text.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> has no fixed text.</exception>
    public static SyntaxToken Token(SyntaxKind kind) =>
        Token(kind, SyntaxFacts.GetText(kind) ?? throw new ArgumentException($"{kind} has no fixed text; use Identifier or Literal.", nameof(kind)));

    /// <summary>A name.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not one identifier.</exception>
    public static SyntaxToken Identifier(string text) => Token(SyntaxKind.IdentifierToken, text);

    /// <summary>A literal or any other token of <paramref name="kind"/> with <paramref name="text"/>, which must lex as exactly that token.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not one token of <paramref name="kind"/>.</exception>
    public static SyntaxToken Token(SyntaxKind kind, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (lexed, length) = text.Length == 0 ? (SyntaxKind.EndOfFileToken, 0) : NatoTokenizer.Scan(text, 0, text.Length);
        var actual = lexed == SyntaxKind.IdentifierToken ? SyntaxFacts.GetKeywordKind(text) : lexed;
        if (length != text.Length || actual != kind || kind == SyntaxKind.EndOfFileToken)
            throw new ArgumentException($"'{text}' is not one {SyntaxFacts.Describe(kind)} token.", nameof(text));
        return (SyntaxToken)InternalSyntax.SyntaxToken.Create(kind, text).CreateRed(null, 0);
    }

    /// <summary>The end-of-file token.</summary>
    public static SyntaxToken EndOfFile() =>
        (SyntaxToken)InternalSyntax.SyntaxToken.Create(SyntaxKind.EndOfFileToken, "").CreateRed(null, 0);

    /// <summary>One space.</summary>
    public static SyntaxTrivia Space { get; } = new(SyntaxKind.WhitespaceTrivia, " ", 0);

    /// <summary>A line feed.</summary>
    public static SyntaxTrivia LineFeed { get; } = new(SyntaxKind.EndOfLineTrivia, "\n", 0);

    /// <summary>Trivia of <paramref name="text"/>: spaces, a line break or a comment, which must lex as one piece of trivia.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not one piece of trivia.</exception>
    public static SyntaxTrivia Trivia(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (kind, length) = NatoTokenizer.Scan(text, 0, text.Length);
        if (length != text.Length || !SyntaxFacts.IsTrivia(kind) || kind == SyntaxKind.BadCharactersTrivia)
            throw new ArgumentException($"'{text}' is not one piece of trivia.", nameof(text));
        return new SyntaxTrivia(kind, text, 0);
    }

    internal static InternalSyntax.SyntaxTrivia[] GreenTrivia(IEnumerable<SyntaxTrivia> trivia)
    {
        ArgumentNullException.ThrowIfNull(trivia);
        return [.. trivia.Select(t => InternalSyntax.SyntaxTrivia.Create(t.Kind, t.Text))];
    }
}
