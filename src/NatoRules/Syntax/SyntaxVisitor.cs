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
