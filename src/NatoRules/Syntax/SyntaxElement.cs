using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A node or a token of a syntax tree.</summary>
/// <remarks>
/// The public tree is a view of the green tree below it (Roslyn's red-green split): an element is made
/// the first time its parent is asked for it and then kept, so it is the same object every time, and
/// it knows its parent and its position. A tree built with <see cref="SyntaxFactory"/> or changed with a
/// <c>With…</c> method or a <see cref="SyntaxRewriter"/> is as exact as a parsed one.
/// </remarks>
public abstract class SyntaxElement
{
    private protected SyntaxElement(InternalSyntax.GreenNode green, SyntaxNode? parent, int position)
    {
        Green = green;
        Parent = parent;
        FullStart = position;
    }

    internal InternalSyntax.GreenNode Green { get; }

    // Where the element's full span starts.
    private protected int FullStart { get; }

    /// <summary>The kind of element.</summary>
    public SyntaxKind Kind => Green.Kind;

    /// <summary>The node that holds this element; null for the root.</summary>
    public SyntaxNode? Parent { get; }

    /// <summary>The span of the element without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public TextSpan Span => new(FullStart + Green.LeadingWidth, Green.Width);

    /// <summary>The span of the element with all its trivia.</summary>
    public TextSpan FullSpan => new(FullStart, Green.FullWidth);

    /// <summary>Whether the element was synthesized by the parser and has no text (a token, or a node made only of such tokens).</summary>
    public bool IsMissing => Green.IsMissing;

    /// <summary>The syntax tree this element belongs to; null for an element built on its own.</summary>
    /// <remarks>Found by walking up once, then remembered by every element on the way.</remarks>
    public SyntaxTree? SyntaxTree
    {
        get
        {
            if (_tree is { } known)
                return known;
            SyntaxElement current = this;
            while (current._tree is null && current.Parent is not null)
                current = current.Parent;
            if ((current._tree ?? (current as CompilationUnitSyntax)?.Tree) is not { } tree)
                return null;
            for (SyntaxElement? element = this; element is not null && element._tree is null; element = element.Parent)
                element._tree = tree;
            return tree;
        }
    }

    private SyntaxTree? _tree;

    /// <summary>The location of <see cref="Span"/> in the source text.</summary>
    /// <exception cref="InvalidOperationException">The element is not part of a syntax tree.</exception>
    public Location GetLocation() =>
        new(SyntaxTree?.Text ?? throw new InvalidOperationException("The element is not part of a syntax tree."), Span);

    /// <summary>The text of the element with its trivia, exactly as in the source.</summary>
    public string ToFullString() => Green.ToFullString();

    /// <summary>The text of the element without its outer trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        return full.Substring(Green.LeadingWidth, Green.Width);
    }

    /// <summary>Appends the element's full text to <paramref name="builder"/>.</summary>
    public void WriteTo(StringBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Green.WriteTo(builder);
    }
}
