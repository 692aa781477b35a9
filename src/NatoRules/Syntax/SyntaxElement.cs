using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A node or a token of a syntax tree.</summary>
public abstract class SyntaxElement
{
    private protected SyntaxElement(SyntaxKind kind) => Kind = kind;

    /// <summary>The kind of element.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>The node that holds this element; null for the root.</summary>
    public SyntaxNode? Parent { get; private set; }

    /// <summary>The span of the element without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The span of the element with all its trivia.</summary>
    public abstract TextSpan FullSpan { get; }

    /// <summary>Whether the element was synthesized by the parser and has no text (a token, or a node made only of such tokens).</summary>
    public abstract bool IsMissing { get; }

    /// <summary>The syntax tree this element belongs to, once parsing has finished.</summary>
    /// <remarks>
    /// Found by walking up once, then remembered by every element on the way, so that asking it of
    /// each element of a tree nested 100,000 deep costs time linear in the tree, not quadratic. An
    /// element belongs to one tree for life: it is remembered only once the tree is made.
    /// </remarks>
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
    public Location GetLocation() =>
        new(SyntaxTree?.Text ?? throw new InvalidOperationException("The element is not part of a syntax tree."), Span);

    /// <summary>The text of the element with its trivia, exactly as in the source.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(FullSpan.Length);
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>The text of the element without its outer trivia.</summary>
    public override string ToString()
    {
        var full = ToFullString();
        return full.Substring(Span.Start - FullSpan.Start, Span.Length);
    }

    /// <summary>Appends the element's full text to <paramref name="builder"/>.</summary>
    public abstract void WriteTo(StringBuilder builder);

    // Set while the parser builds the tree. A node built during a parse attempt that was then
    // abandoned may have claimed a token first; the node that ends up in the tree is built last.
    internal void AttachTo(SyntaxNode parent) => Parent = parent;
}
