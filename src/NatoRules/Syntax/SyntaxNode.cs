using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A node of the syntax tree. Nodes are immutable; each keeps its children in source order.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    // One child is kept as itself, more as an array: a name, the commonest node, then costs no array.
    private readonly object _children;

    private protected SyntaxNode(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind)
    {
        var count = 0;
        SyntaxElement? last = null;
        foreach (var child in children)
        {
            if (child is null)
                continue;
            child.AttachTo(this);
            last = child;
            count++;
        }
        if (count == 0)
            throw new ArgumentException("A syntax node has at least one token.", nameof(children));
        if (count == 1)
        {
            _children = last!;
        }
        else if (count == children.Length)
        {
            // The array is the node's own (built for this call), so it is kept when no child is absent.
            _children = children;
        }
        else
        {
            var array = new SyntaxElement[count];
            var i = 0;
            foreach (var child in children)
                if (child is not null)
                    array[i++] = child;
            _children = array;
        }
    }

    internal int ChildCount => _children is SyntaxElement[] array ? array.Length : 1;

    internal SyntaxElement ChildAt(int index) => _children is SyntaxElement[] array ? array[index] : (SyntaxElement)_children;

    /// <summary>The child nodes and tokens, in source order.</summary>
    public IReadOnlyList<SyntaxElement> ChildNodesAndTokens() =>
        _children as SyntaxElement[] ?? [(SyntaxElement)_children];

    /// <summary>The child nodes, in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes() => ChildNodesAndTokens().OfType<SyntaxNode>();

    /// <summary>Every token below this node, in source order.</summary>
    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        var stack = new Stack<SyntaxElement>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element is SyntaxToken token)
            {
                yield return token;
                continue;
            }
            var node = (SyntaxNode)element;
            for (var i = node.ChildCount - 1; i >= 0; i--)
                stack.Push(node.ChildAt(i));
        }
    }

    /// <summary>This node and every node below it, in document order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        var stack = new Stack<SyntaxNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            yield return node;
            for (var i = node.ChildCount - 1; i >= 0; i--)
                if (node.ChildAt(i) is SyntaxNode child)
                    stack.Push(child);
        }
    }

    /// <summary>The first token of the node.</summary>
    public SyntaxToken FirstToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
            current = node.ChildAt(0);
        return (SyntaxToken)current;
    }

    /// <summary>The last token of the node.</summary>
    public SyntaxToken LastToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
            current = node.ChildAt(node.ChildCount - 1);
        return (SyntaxToken)current;
    }

    /// <inheritdoc/>
    public override TextSpan Span => TextSpan.FromBounds(FirstToken().Span.Start, LastToken().Span.End);

    /// <inheritdoc/>
    public override TextSpan FullSpan => TextSpan.FromBounds(FirstToken().FullSpan.Start, LastToken().FullSpan.End);

    /// <inheritdoc/>
    public override bool IsMissing => DescendantTokens().All(t => t.IsMissing);

    /// <inheritdoc/>
    public override void WriteTo(StringBuilder builder)
    {
        foreach (var token in DescendantTokens())
            token.WriteTo(builder);
    }
}
