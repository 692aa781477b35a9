namespace NatoRules.Syntax;

/// <remarks>
/// Most statements of a large facts block are one member's position, written without error. The parser
/// keeps such a statement compact, below the green tree (<see cref="InternalSyntax.CompactOnStatement"/>):
/// its text and what it says, not its tokens and nodes, which the grammar makes from the text the first
/// time anything below the statement is asked for. Nothing above the green tree can tell the two apart:
/// <see cref="SimplePosition"/> answers the same for both.
/// </remarks>
public sealed partial class OnStatementSyntax
{
    /// <summary>
    /// What the statement says when it is one member's position on a real day (<c>on DATE: M VERB C [unless|if
    /// guarantee X];</c>), however it is held: read from a compact statement without making its nodes, or from
    /// the nodes; null for any other statement.
    /// </summary>
    internal SimplePosition? SimplePosition
    {
        get
        {
            if (Green is InternalSyntax.CompactOnStatement compact)
                return compact.Position;
            if (Event is not PositionClauseSyntax { Members.Names: var names, DeclarationKeyword: null } clause || names.Count() != 1
                || !NatoRules.Text.Dates.TryParseIso(Date.Text, out var day))
                return null;
            var condition = clause.Condition;
            return new SimplePosition(day, names.First().Identifier.Text, clause.Verb.Kind, clause.Candidate.Identifier.Text,
                condition?.Keyword.Kind ?? SyntaxKind.None, condition?.Matter.Identifier.Text);
        }
    }

    /// <summary>Whether the parser kept the statement compact (for tests of that representation).</summary>
    internal bool IsCompact => Green is InternalSyntax.CompactOnStatement;
}

/// <summary>
/// One member's position on a candidate, on a real day, maybe on the condition of a guarantee
/// (<paramref name="Condition"/> is <c>unless</c>, <c>if</c> or none), as an <c>on</c> statement states it.
/// </summary>
internal readonly record struct SimplePosition(
    DateOnly Date, string Member, SyntaxKind Verb, string Candidate, SyntaxKind Condition, string? Matter);
