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
    private readonly string _source;
    private readonly int _fullStart;
    private readonly int _fullEnd;
    private readonly bool _isMissing;

    internal SyntaxToken(SyntaxKind kind, string source, int fullStart, int position, string text, int fullEnd, object? value, bool isMissing = false)
        : base(kind)
    {
        _source = source;
        _fullStart = fullStart;
        Position = position;
        Text = text;
        _fullEnd = fullEnd;
        Value = value;
        _isMissing = isMissing;
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
    public object? Value { get; }

    /// <summary>Trivia before the token.</summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia => Lexer.ReadTrivia(_source, _fullStart, Position);

    /// <summary>Trivia after the token, up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia => Lexer.ReadTrivia(_source, Position + Text.Length, _fullEnd);

    /// <inheritdoc/>
    public override bool IsMissing => _isMissing;

    /// <inheritdoc/>
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc/>
    public override TextSpan FullSpan => TextSpan.FromBounds(_fullStart, _fullEnd);

    /// <summary>Whether a line break stands between this token and the one before it.</summary>
    public bool StartsLine => Lexer.HasEndOfLine(_source, _fullStart, Position);

    /// <inheritdoc/>
    public override void WriteTo(StringBuilder builder) => builder.Append(_source, _fullStart, _fullEnd - _fullStart);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
