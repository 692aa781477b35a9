using System.Text;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>A node of the syntax tree. Nodes are immutable; each keeps its children in source order.</summary>
public abstract class SyntaxNode : SyntaxElement
{
    // A list node keeps one child as itself, more as an array. Null when the node keeps its children
    // in its own fields (see the second constructor).
    private readonly object? _children;

    private protected SyntaxNode(SyntaxKind kind, params SyntaxElement?[] children)
        : base(kind)
    {
        var count = Attach(children);
        if (count == 1)
        {
            foreach (var child in children)
                _children ??= child;
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

    /// <summary>
    /// For a node of fixed shape (every node but the lists: blocks, name lists, combinators, members'
    /// and candidates' attributes, skipped tokens) that keeps its children in its own fields and serves
    /// them through <see cref="SlotCount"/> and <see cref="GetSlot"/>, as Roslyn's nodes serve slots,
    /// so it needs no array: a large facts block holds such nodes by the million.
    /// </summary>
    private protected SyntaxNode(SyntaxKind kind, bool ownSlots, params SyntaxElement?[] children)
        : base(kind)
    {
        if (!ownSlots)
            throw new ArgumentException("Use the other constructor for a node that does not keep its own children.", nameof(ownSlots));
        Attach(children);
    }

    private int Attach(SyntaxElement?[] children)
    {
        var count = 0;
        foreach (var child in children)
        {
            if (child is null)
                continue;
            child.AttachTo(this);
            count++;
        }
        if (count == 0)
            throw new ArgumentException("A syntax node has at least one token.", nameof(children));
        return count;
    }

    /// <summary>How many places for a child the node has; an absent optional child leaves its place null.</summary>
    private protected virtual int SlotCount => _children is SyntaxElement[] array ? array.Length : 1;

    /// <summary>The child in place <paramref name="index"/>, or null if that optional child is absent.</summary>
    private protected virtual SyntaxElement? GetSlot(int index) =>
        _children is SyntaxElement[] array ? array[index] : (SyntaxElement?)_children;

    /// <summary>The child nodes and tokens, in source order.</summary>
    public IReadOnlyList<SyntaxElement> ChildNodesAndTokens()
    {
        if (_children is SyntaxElement[] array)
            return array;
        var children = new List<SyntaxElement>(SlotCount);
        for (var i = 0; i < SlotCount; i++)
            if (GetSlot(i) is { } child)
                children.Add(child);
        return children;
    }

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
            for (var i = node.SlotCount - 1; i >= 0; i--)
                if (node.GetSlot(i) is { } child)
                    stack.Push(child);
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
            for (var i = node.SlotCount - 1; i >= 0; i--)
                if (node.GetSlot(i) is SyntaxNode child)
                    stack.Push(child);
        }
    }

    /// <summary>The first token of the node.</summary>
    public SyntaxToken FirstToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
        {
            var i = 0;
            while (node.GetSlot(i) is null)
                i++;
            current = node.GetSlot(i)!;
        }
        return (SyntaxToken)current;
    }

    /// <summary>The last token of the node.</summary>
    public SyntaxToken LastToken()
    {
        SyntaxElement current = this;
        while (current is SyntaxNode node)
        {
            var i = node.SlotCount - 1;
            while (node.GetSlot(i) is null)
                i--;
            current = node.GetSlot(i)!;
        }
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
