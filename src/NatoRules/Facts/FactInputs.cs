using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Facts;

// The unbound form of facts, shared by the rule language and JSON documents: names with the
// places they were written, so one binder resolves both and reports both with locations.

/// <summary>A name as written. Read from syntax, its location is worked out only when a diagnostic needs it.</summary>
internal sealed class NameInput
{
    private Location? _location;

    public NameInput(string name, Location location)
    {
        Name = name;
        _location = location;
    }

    public NameInput(NameSyntax syntax)
    {
        Name = syntax.Text;
        Syntax = syntax;
    }

    public string Name { get; }

    public NameSyntax? Syntax { get; }

    public Location Location => _location ??= Syntax!.GetLocation();
}

/// <summary>A date as written: <see cref="Value"/> is null when the text is no real day.</summary>
internal sealed class DateInput
{
    private Location? _location;
    private readonly SyntaxToken? _token;

    public DateInput(DateOnly? value, string text, Location location)
    {
        Value = value;
        Text = text;
        _location = location;
    }

    public DateInput(SyntaxToken token)
    {
        Value = token.Value as DateOnly?;
        Text = token.Text;
        _token = token;
    }

    public DateOnly? Value { get; }

    public string Text { get; }

    public Location Location => _location ??= _token!.GetLocation();
}

internal sealed record CandidateInput(
    NameInput Name, string? Title, bool IsProposal, NameInput? National, DateInput? Declared, DateInput? Withdrawn, SyntaxNode? Syntax);

/// <summary>A position as stated: with its location, or (read from a rule file) with its statement, whose location is made when asked.</summary>
internal sealed record PositionInput(
    DateInput? Date, NameInput Member, Facts.Stance Stance, NameInput Candidate, PositionConditionKind Condition, NameInput? Matter,
    Location? Location, SyntaxNode? Statement = null)
{
    /// <summary>Where <c>with declaration</c> (or JSON's <c>"declaration": true</c>) is written, when it is: an abstention qualified by a formal declaration.</summary>
    public Location? Declaration { get; init; }
}

internal sealed record GuaranteeInput(
    NameInput Matter, NameInput Giver, NameInput Receiver, NameInput Form, DateInput Date, string? Description, Location Location);

internal sealed record MembershipInput(DateInput? Date, NameInput Member, bool Joins, Location Location);

internal sealed record WithdrawalInput(DateInput? Date, NameInput Candidate, Location Location);

/// <summary>One count of a tally as written: <c>143 supports</c>; <paramref name="Count"/> is null when the number is malformed (already reported).</summary>
internal sealed record TallyItemInput(Stance Stance, long? Count, Location Location);

/// <summary>A vote held; <paramref name="Candidate"/> is null when the statement leaves it to the facts block's only one.</summary>
internal sealed record VoteInput(DateInput? Date, NameInput? Candidate, IReadOnlyList<TallyItemInput> Tally, Location Location)
{
    /// <summary>The ballot's number, for one of successive ballots; null when the vote has none, or its number is malformed (reported).</summary>
    public long? Ballot { get; init; }

    /// <summary>Where the ballot's number is written, when it is.</summary>
    public Location? BallotLocation { get; init; }
}

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
    public List<VoteInput> Votes { get; } = [];

    /// <summary>The seats an election among the candidates fills (<c>seats 2;</c>), as written: each a count (null when malformed) and where.</summary>
    public List<(long? Count, Location Location)> Seats { get; } = [];
    public List<MatterInput> Matters { get; } = [];
}
