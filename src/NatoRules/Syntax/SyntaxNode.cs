using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A node of the syntax tree. Nodes are immutable; each keeps its children in source order.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    private readonly SyntaxElement[] _children;

    private protected SyntaxNode(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind)
    {
        var count = 0;
        foreach (var child in children)
        {
            if (child is null)
                continue;
            child.AttachTo(this);
            count++;
        }
        // The array is the node's own (built for this call), so it is kept when no child is absent.
        if (count == children.Length)
        {
            _children = children!;
        }
        else
        {
            _children = new SyntaxElement[count];
            var i = 0;
            foreach (var child in children)
                if (child is not null)
                    _children[i++] = child;
        }
        if (count == 0)
            throw new ArgumentException("A syntax node has at least one token.", nameof(children));
    }

    /// <summary>The child nodes and tokens, in source order.</summary>
    public IReadOnlyList<SyntaxElement> ChildNodesAndTokens() => _children;

    /// <summary>The child nodes, in source order.</summary>
    public IEnumerable<SyntaxNode> ChildNodes() => _children.OfType<SyntaxNode>();

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
            var children = ((SyntaxNode)element)._children;
            for (var i = children.Length - 1; i >= 0; i--)
                stack.Push(children[i]);
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
            for (var i = node._children.Length - 1; i >= 0; i--)
                if (node._children[i] is SyntaxNode child)
                    stack.Push(child);
        }
    }

    /// <summary>The first token of the node.</summary>
    public SyntaxToken FirstToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
            current = node._children[0];
        return (SyntaxToken)current;
    }

    /// <summary>The last token of the node.</summary>
    public SyntaxToken LastToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
            current = node._children[^1];
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
