namespace NatoRules.Syntax;

/// <summary>
/// Compares nodes by reference, hashing their kind and where they start. A map of many nodes then
/// makes no identity hash code for each (the runtime's slow path the first time an object is hashed),
/// and a compact statement is hashed without building its nodes.
/// </summary>
internal sealed class NodeIdentity : IEqualityComparer<SyntaxNode>
{
    public static NodeIdentity Instance { get; } = new();

    public bool Equals(SyntaxNode? x, SyntaxNode? y) => ReferenceEquals(x, y);

    public int GetHashCode(SyntaxNode node) => HashCode.Combine(node.FullSpan.Start, node.Kind);
}
