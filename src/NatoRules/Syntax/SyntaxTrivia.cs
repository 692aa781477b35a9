using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>Text that carries no meaning for the grammar (white space, line breaks, comments, bad characters), attached to a token.</summary>
public sealed class SyntaxTrivia
{
    internal SyntaxTrivia(SyntaxKind kind, string text, int position)
    {
        Kind = kind;
        Text = text;
        Position = position;
    }

    /// <summary>The kind of trivia.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The characters of the trivia.</summary>
    public string Text { get; }

    /// <summary>The offset of the first character.</summary>
    public int Position { get; }

    /// <summary>The span of the trivia.</summary>
    public TextSpan Span => new(Position, Text.Length);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
