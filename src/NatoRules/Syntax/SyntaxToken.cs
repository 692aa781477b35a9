using System.Collections.Immutable;
using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A token: a keyword, name, literal or punctuation, with its leading and trailing trivia.</summary>
public sealed class SyntaxToken : SyntaxElement
{
    internal SyntaxToken(SyntaxKind kind, int position, string text, object? value,
        ImmutableArray<SyntaxTrivia> leadingTrivia, ImmutableArray<SyntaxTrivia> trailingTrivia, bool isMissing = false)
        : base(kind)
    {
        Position = position;
        Text = text;
        Value = value;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        _isMissing = isMissing;
    }

    private readonly bool _isMissing;

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
    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    /// <summary>Trivia after the token, up to and including the end of its line.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    /// <inheritdoc/>
    public override bool IsMissing => _isMissing;

    /// <inheritdoc/>
    public override TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc/>
    public override TextSpan FullSpan
    {
        get
        {
            var start = LeadingTrivia.IsEmpty ? Position : LeadingTrivia[0].Position;
            var end = TrailingTrivia.IsEmpty ? Position + Text.Length : TrailingTrivia[^1].Span.End;
            return TextSpan.FromBounds(start, end);
        }
    }

    /// <summary>Whether a line break stands between this token and the one before it.</summary>
    public bool StartsLine
    {
        get
        {
            foreach (var trivia in LeadingTrivia)
                if (trivia.Kind == SyntaxKind.EndOfLineTrivia)
                    return true;
            return false;
        }
    }

    /// <inheritdoc/>
    public override void WriteTo(StringBuilder builder)
    {
        foreach (var trivia in LeadingTrivia)
            builder.Append(trivia.Text);
        builder.Append(Text);
        foreach (var trivia in TrailingTrivia)
            builder.Append(trivia.Text);
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
