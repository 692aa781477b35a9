using System.Collections;

namespace NatoRules.Syntax;

/// <summary>Statements between braces.</summary>
public sealed class BlockSyntax : SyntaxNode
{
    private readonly SyntaxElement?[] _children;

    /// <summary>The children as they are held: <c>{</c>, the statements, <c>}</c>.</summary>
    internal BlockSyntax(SyntaxElement?[] children)
        : base(SyntaxKind.Block, children)
    {
        _children = children;
        Statements = new StatementList(children);
    }

    /// <summary><c>{</c></summary>
    public SyntaxToken OpenBraceToken => (SyntaxToken)_children[0]!;

    /// <summary>The statements, in order.</summary>
    public IReadOnlyList<StatementSyntax> Statements { get; }

    /// <summary><c>}</c></summary>
    public SyntaxToken CloseBraceToken => (SyntaxToken)_children[^1]!;

    // The statements read from the block's own children, so a large block keeps one array of them, not two.
    private sealed class StatementList(SyntaxElement?[] children) : IReadOnlyList<StatementSyntax>
    {
        public int Count => children.Length - 2;

        public StatementSyntax this[int index] => (uint)index < (uint)Count
            ? (StatementSyntax)children[index + 1]!
            : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<StatementSyntax> GetEnumerator()
        {
            for (var i = 1; i < children.Length - 1; i++)
                yield return (StatementSyntax)children[i]!;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
