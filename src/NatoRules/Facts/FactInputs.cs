using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Facts;

// The unbound form of facts, shared by the rule language and JSON documents: names with the
// places they were written, so one binder resolves both and reports both with locations.

internal sealed record NameInput(string Name, Location Location, NameSyntax? Syntax = null);

/// <summary>A date as written: <see cref="Value"/> is null when the text is no real day.</summary>
internal sealed record DateInput(DateOnly? Value, string Text, Location Location);

internal sealed record CandidateInput(
    NameInput Name, string? Title, bool IsProposal, NameInput? National, DateInput? Declared, DateInput? Withdrawn, SyntaxNode? Syntax);

internal sealed record PositionInput(
    DateInput? Date, NameInput Member, Facts.Stance Stance, NameInput Candidate, PositionConditionKind Condition, NameInput? Matter,
    Location Location);

internal sealed record GuaranteeInput(
    NameInput Matter, NameInput Giver, NameInput Receiver, NameInput Form, DateInput Date, string? Description, Location Location);

internal sealed record MembershipInput(DateInput? Date, NameInput Member, bool Joins, Location Location);

internal sealed record WithdrawalInput(DateInput? Date, NameInput Candidate, Location Location);

internal sealed record MatterInput(NameInput Name, string? Description, SyntaxNode? Syntax);

/// <summary>One set of facts, from a <c>facts</c> block or a JSON document.</summary>
internal sealed class FactsInput
{
    public required NameInput Name { get; init; }
    public SyntaxNode? Syntax { get; init; }
    public List<NameInput> Decisions { get; } = [];
    public List<CandidateInput> Candidates { get; } = [];
    public List<PositionInput> Positions { get; } = [];
    public List<GuaranteeInput> Guarantees { get; } = [];
    public List<MembershipInput> MembershipChanges { get; } = [];
    public List<WithdrawalInput> Withdrawals { get; } = [];
    public List<MatterInput> Matters { get; } = [];
}
