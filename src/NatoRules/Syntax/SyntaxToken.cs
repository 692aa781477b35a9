using System.Collections.Immutable;
using NatoRules.Syntax.Lexing;

namespace NatoRules.Syntax;

/// <summary>A token: a keyword, name, literal or punctuation, with its leading and trailing trivia.</summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal SyntaxToken(InternalSyntax.SyntaxToken green, SyntaxNode? parent, int position)
        : base(green, parent, position)
    {
    }

    private new InternalSyntax.SyntaxToken Green => (InternalSyntax.SyntaxToken)base.Green;

    /// <summary>The offset where the token's text starts (after its leading trivia).</summary>
    public int Position => FullStart + Green.LeadingWidth;

    /// <summary>The token's text; empty for a missing token.</summary>
    public string Text => Green.Text;

    /// <summary>
    /// The value of a literal: <see cref="string"/> for a string (escapes decoded), <see cref="long"/> for an integer,
    /// <see cref="decimal"/> for a percentage, a <c>(long Numerator, long Denominator)</c> tuple for a fraction
    /// (<c>2/3</c>, not reduced), <see cref="DateOnly"/> for a date. Null when the literal is malformed
    /// (an integer too large, a date that is not a real day) or for other tokens.
    /// </summary>
    /// <remarks>Decoded from <see cref="Text"/> on each call; the lexer has reported any malformed literal.</remarks>
    public object? Value => Lexer.DecodeValue(Kind, Text);

    /// <summary>Trivia before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => Trivia(Green.LeadingTrivia, FullStart);

    /// <summary>Trivia after the token, up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => Trivia(Green.TrailingTrivia, Position + Text.Length);

    /// <summary>Whether a line break stands between this token and the one before it.</summary>
    public bool StartsLine
    {
        get
        {
            if (Green.LeadingTrivia.Any(t => t.Kind == SyntaxKind.EndOfLineTrivia))
                return true;
            // The line break that ends the line before is the previous token's trailing trivia.
            return FullStart > 0 && SyntaxTree is { } tree && tree.Text.Text[FullStart - 1] is '\n' or '\r';
        }
    }

    /// <summary>A copy of the token, on its own, with <paramref name="trivia"/> before it.</summary>
    public SyntaxToken WithLeadingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        (SyntaxToken)Green.WithLeadingTrivia(SyntaxFactory.GreenTrivia(trivia)).CreateRed(null, 0);

    /// <summary>A copy of the token, on its own, with <paramref name="trivia"/> after it.</summary>
    public SyntaxToken WithTrailingTrivia(IEnumerable<SyntaxTrivia> trivia) =>
        (SyntaxToken)Green.WithTrailingTrivia(SyntaxFactory.GreenTrivia(trivia)).CreateRed(null, 0);

    /// <inheritdoc/>
    public override string ToString() => Text;

    private static ImmutableArray<SyntaxTrivia> Trivia(InternalSyntax.SyntaxTrivia[] green, int position)
    {
        if (green.Length == 0)
            return [];
        var builder = ImmutableArray.CreateBuilder<SyntaxTrivia>(green.Length);
        foreach (var trivia in green)
        {
            builder.Add(new SyntaxTrivia(trivia.Kind, trivia.Text, position));
            position += trivia.Text.Length;
        }
        return builder.MoveToImmutable();
    }
}
