namespace NatoRules.Syntax;

/// <summary>
/// Visits syntax nodes: <see cref="Visit"/> calls the node's <c>Visit…</c> method (one per kind of node,
/// generated from the syntax description), each of which calls <see cref="DefaultVisit"/> unless overridden.
/// </summary>
public abstract partial class SyntaxVisitor
{
    /// <summary>Visits <paramref name="node"/> (nothing for null).</summary>
    public virtual void Visit(SyntaxNode? node) => node?.Accept(this);

    /// <summary>What a <c>Visit…</c> method does unless overridden: nothing.</summary>
    public virtual void DefaultVisit(SyntaxNode node)
    {
    }
}

/// <summary>Visits syntax nodes and makes a value of each, as <see cref="SyntaxVisitor"/> visits them.</summary>
/// <typeparam name="TResult">What a visit gives.</typeparam>
public abstract partial class SyntaxVisitor<TResult>
{
    /// <summary>Visits <paramref name="node"/>; the default value for null.</summary>
    public virtual TResult Visit(SyntaxNode? node) => node is null ? default! : node.Accept(this);

    /// <summary>What a <c>Visit…</c> method gives unless overridden: the default value.</summary>
    public virtual TResult DefaultVisit(SyntaxNode node) => default!;
}

/// <summary>
/// Walks a tree in source order: every node's <c>Visit…</c> method visits its children, and
/// <see cref="VisitToken"/> sees every token, when <see cref="Depth"/> asks for tokens. Override a
/// <c>Visit…</c> method to act on one kind of node, calling the base method to go on below it.
/// </summary>
public abstract class SyntaxWalker : SyntaxVisitor
{
    /// <summary>Creates a walker that goes down to <paramref name="depth"/>.</summary>
    protected SyntaxWalker(SyntaxWalkerDepth depth = SyntaxWalkerDepth.Node) => Depth = depth;

    /// <summary>How far down the walk goes: nodes only, or their tokens too.</summary>
    protected SyntaxWalkerDepth Depth { get; }

    /// <summary>Visits every child of <paramref name="node"/>, in source order.</summary>
    public override void DefaultVisit(SyntaxNode node)
    {
        // The runtime's guard: a tree deeper than the stack allows (a chain of a great many `and`s
        // is one such) stops the walk with InsufficientExecutionStackException, never a crash.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var child in node.ChildNodesAndTokens())
        {
            if (child is SyntaxNode childNode)
                Visit(childNode);
            else if (Depth >= SyntaxWalkerDepth.Token)
                VisitToken((SyntaxToken)child);
        }
    }

    /// <summary>Visits a token; called only when <see cref="Depth"/> is <see cref="SyntaxWalkerDepth.Token"/>.</summary>
    public virtual void VisitToken(SyntaxToken token)
    {
    }
}

/// <summary>How far down a <see cref="SyntaxWalker"/> goes.</summary>
public enum SyntaxWalkerDepth
{
    /// <summary>Nodes only.</summary>
    Node,

    /// <summary>Nodes and tokens.</summary>
    Token,
}

/// <summary>
/// Rewrites a tree from the bottom up: each <c>Visit…</c> method rewrites the node's children and gives
/// the node with them (the node itself when none changed, so a rewriter that changes nothing gives back
/// the very same tree). Override a <c>Visit…</c> method, or <see cref="VisitToken"/>, to change what it
/// is given; the result is a tree on its own, with <see cref="SyntaxTree.Create"/> to make a file of it.
/// </summary>
public abstract partial class SyntaxRewriter : SyntaxVisitor<SyntaxNode?>
{
    /// <summary>Rewrites a token; by default, the token itself.</summary>
    public virtual SyntaxToken VisitToken(SyntaxToken token) => token;

    /// <summary>Rewrites every node of a list; the list itself when none changed.</summary>
    protected virtual IReadOnlyList<T> VisitList<T>(IReadOnlyList<T> list)
        where T : SyntaxNode => Rewrite(list, node => (T)Visit(node)!);

    /// <summary>Rewrites every token of a list; the list itself when none changed.</summary>
    protected virtual IReadOnlyList<SyntaxToken> VisitTokens(IReadOnlyList<SyntaxToken> tokens) => Rewrite(tokens, VisitToken);

    /// <summary>Rewrites the nodes and tokens of a separated list; the list itself when none changed.</summary>
    protected virtual IReadOnlyList<SyntaxElement> VisitElements(IReadOnlyList<SyntaxElement> elements) =>
        Rewrite(elements, element => element is SyntaxNode node ? Visit(node)! : VisitToken((SyntaxToken)element));

    // The list with each element rewritten, copied only from the first element that changes.
    private static IReadOnlyList<T> Rewrite<T>(IReadOnlyList<T> list, Func<T, T> rewrite)
        where T : SyntaxElement
    {
        ArgumentNullException.ThrowIfNull(list);
        List<T>? changed = null;
        for (var i = 0; i < list.Count; i++)
        {
            var rewritten = rewrite(list[i]);
            if (changed is null && !ReferenceEquals(rewritten, list[i]))
                changed = [.. list.Take(i)];
            changed?.Add(rewritten);
        }
        return changed ?? list;
    }

    // The runtime's guard: a tree deeper than the stack allows stops the rewrite with
    // InsufficientExecutionStackException, never a crash.
    private static void Guard() => System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
}
