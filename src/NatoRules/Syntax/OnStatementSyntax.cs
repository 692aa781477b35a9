namespace NatoRules.Syntax;

/// <remarks>
/// Most statements of a large facts block are one member's position, written without error. The parser
/// keeps such a statement compact, below the green tree (<see cref="InternalSyntax.CompactOnStatement"/>):
/// its text and what it says, not its tokens and nodes, which are made from the text the first time
/// anything below the statement is asked for, and are then exactly what the parser would have built.
/// This is what keeps a file of hundreds of thousands of positions from costing a dozen long-lived
/// objects per line.
/// </remarks>
public sealed partial class OnStatementSyntax
{
    /// <summary>What a compact statement says, for the binder's direct path; null for any other statement.</summary>
    internal FlatPosition? Flat => (Green as InternalSyntax.CompactOnStatement)?.Flat;
}

/// <summary>
/// What a compact <c>on</c> statement says: one member's position on a candidate, on a real day,
/// maybe on the condition of a guarantee (<paramref name="Condition"/> is <c>unless</c>, <c>if</c> or none).
/// </summary>
internal readonly record struct FlatPosition(
    DateOnly Date, string Member, SyntaxKind Verb, string Candidate, SyntaxKind Condition, string? Matter);
