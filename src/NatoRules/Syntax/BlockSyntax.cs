namespace NatoRules.Syntax;

public sealed partial class BlockSyntax
{
    /// <summary>
    /// What statement <paramref name="index"/> of <see cref="Statements"/> says when the parser kept it compact
    /// (see <see cref="OnStatementSyntax"/>), read without making its public node; null for any other statement.
    /// The binder reads a large facts block this way.
    /// </summary>
    internal SimplePosition? CompactPositionAt(int index) =>
        Green.GetSlot(1 + index) is InternalSyntax.CompactOnStatement compact ? compact.Position : null; // after the `{`
}
