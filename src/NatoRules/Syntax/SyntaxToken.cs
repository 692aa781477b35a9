using System.Collections.Immutable;
using System.Text;
using NatoRules.Syntax.Lexing;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A token: a keyword, name, literal or punctuation, with its leading and trailing trivia.</summary>
/// <remarks>
/// A token keeps the offsets of its trivia, not the trivia itself: the trivia is read back from the
/// source text when asked for, so a large file costs one object per token and none per space.
/// </remarks>
public sealed class SyntaxToken : SyntaxElement
{
    private readonly int _fullStart;
    private readonly int _fullEnd;

    internal SyntaxToken(SyntaxKind kind, int fullStart, int position, string text, int fullEnd)
        : base(kind)
    {
        _fullStart = fullStart;
        Position = position;
        Text = text;
        _fullEnd = fullEnd;
    }

    /// <summary>The offset where the token's text starts (after its leading trivia).</summary>
    public int Position { get; }

    /// <summary>The token's text; empty for a missing token.</summary>
    public string Text { get; }

    /// <summary>
    /// The value of a literal: <see cref="string"/> for a string (escapes decoded), <see cref="long"/> for an integer,
    /// <see cref="decimal"/> for a percentage, <see cref="DateOnly"/> for a date. Null when the literal is malformed
    /// (an integer too large, a date that is not a real day) or for other tokens.
    /// </summary>
    /// <remarks>Decoded from <see cref="Text"/> on each call; the lexer has reported any malformed literal.</remarks>
    public object? Value => Lexer.DecodeValue(Kind, Text);

    /// <summary>Trivia before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => Lexer.ReadTrivia(SourceString, _fullStart, Position);

    /// <summary>Trivia after the token, up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => Lexer.ReadTrivia(SourceString, Position + Text.Length, _fullEnd);

    /// <inheritdoc/>
    public override bool IsMissing => Text.Length == 0 && Kind != SyntaxKind.EndOfFileToken;

    /// <inheritdoc/>
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc/>
    public override TextSpan FullSpan => TextSpan.FromBounds(_fullStart, _fullEnd);

    /// <summary>Whether a line break stands between this token and the one before it.</summary>
    public bool StartsLine => Lexer.StartsLine(TreeText, _fullStart, Position);

    /// <inheritdoc/>
    public override void WriteTo(StringBuilder builder) => builder.Append(SourceString, _fullStart, _fullEnd - _fullStart);

    /// <inheritdoc/>
    public override string ToString() => Text;

    // A token keeps no text but its own; its trivia is read from the text of the tree that holds it.
    private string SourceString => _fullStart == _fullEnd ? "" : TreeText;

    private string TreeText => SyntaxTree?.Text.Text ?? throw new InvalidOperationException("The token is not part of a syntax tree.");
}
