using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>
/// A vote held on a candidate or proposal on a date. It closes the question: the decision is evaluated on the
/// positions of that day, a member that took none is absent, and an outcome short of approval is rejected, not pending.
/// </summary>
/// <param name="Candidate">The candidate or proposal voted on.</param>
/// <param name="Date">The day of the vote.</param>
/// <param name="Tally">The counts, when the record gives numbers rather than (or besides) names.</param>
/// <param name="Location">Where the fact is stated.</param>
public sealed record VoteFact(CandidateSymbol Candidate, DateOnly Date, VoteTally? Tally, Location Location)
{
    /// <summary>
    /// The ballot's number, for one of successive ballots on the question (several may be held on one day); null for a
    /// single vote. The latest ballot held decides, and the requirements are those for its number (<c>from ballot 4</c>).
    /// </summary>
    public int? Ballot { get; init; }

    /// <summary>The ballot's number, or 1 for a single vote: the ballot whose requirements apply.</summary>
    internal int Number => Ballot ?? 1;
}

/// <summary>
/// The counts of a vote, as its record gives them: the members named as voting one way are among those counted,
/// and the rest of each count are anonymous. <see cref="Absent"/> is null when the record does not say; the members
/// that count and are in no count are absent either way.
/// </summary>
/// <param name="Supports">Affirmative votes.</param>
/// <param name="Objections">Negative votes.</param>
/// <param name="Abstentions">Abstentions.</param>
/// <param name="Absent">Members recorded as absent or not voting, if the record says.</param>
public sealed record VoteTally(int Supports, int Objections, int Abstentions, int? Absent)
{
    /// <summary>The members counted: those voting, abstaining and (where given) absent.</summary>
    public int Total => Supports + Objections + Abstentions + (Absent ?? 0);
}
