using NatoRules.Binding;

namespace NatoRules.Evaluation;

/// <summary>
/// A decision's outcome for one candidate as a function of the date, for the boolean path: the outcome changes only on the
/// days a fact takes effect (a position, a guarantee, a vote, a declaration or withdrawal of any candidate of the decision,
/// a membership starting or ending), so each such day is evaluated once, in order, and a date is answered by a binary
/// search over them. Built only where those days are few, and never for an election for seats (whose rivals' outcomes
/// depend on facts of their own).
/// </summary>
internal sealed class OutcomeIndex
{
    /// <summary>The most change points indexed: beyond them, building would cost more than it saves.</summary>
    public const int MaxChangePoints = 512;

    private readonly int[] _days;       // the day numbers on which a new state begins, ascending
    private readonly bool[] _approved;  // the outcome from each of them until the next
    private readonly bool _before;      // the outcome before the first

    private OutcomeIndex(int[] days, bool[] approved, bool before) => (_days, _approved, _before) = (days, approved, before);

    public bool IsApproved(DateOnly asOf)
    {
        var days = _days;
        int lo = 0, hi = days.Length, day = asOf.DayNumber;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (days[mid] <= day)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo == 0 ? _before : _approved[lo - 1];
    }

    /// <summary>The index, or null where the change points are too many or the rule's outcome depends on rivals' elections.</summary>
    public static OutcomeIndex? TryBuild(DecisionPlan plan, CandidateSymbol candidate, FactBase facts)
    {
        if (candidate.Facts.Seats is not null)
            return null;
        var days = new SortedSet<int>();
        void Add(DateOnly date)
        {
            if (days.Count <= MaxChangePoints)
                days.Add(date.DayNumber);
        }
        var candidates = plan.Decision.Candidates.Append(candidate).Distinct();
        foreach (var other in candidates)
        {
            foreach (var position in facts.PositionsOf(other)?.Facts ?? [])
                Add(position.Date);
            if (other.Declared is { } declared)
                Add(declared);
            if (facts.WithdrawnOn(other) is { } withdrawn)
                Add(withdrawn);
        }
        foreach (var guarantee in facts.AllGuarantees)
            Add(guarantee.Date);
        foreach (var vote in facts.AllVotes.Where(v => ReferenceEquals(v.Candidate, candidate)))
            Add(vote.Date);
        foreach (var member in plan.Body.MemberArray)
            foreach (var membership in member.Memberships)
            {
                Add(membership.From);
                if (membership.Until is { } until)
                    Add(until);
            }
        foreach (var change in facts.MembershipChanges)
            Add(change.Date);
        if (days.Count > MaxChangePoints)
            return null;
        var points = days.ToArray();
        var approved = new bool[points.Length];
        for (var i = 0; i < points.Length; i++)
            approved[i] = Evaluator.IsApproved(plan, candidate, DateOnly.FromDayNumber(points[i]), facts);
        var before = points.Length == 0 || points[0] == DateOnly.MinValue.DayNumber
            ? Evaluator.IsApproved(plan, candidate, DateOnly.MinValue, facts)
            : Evaluator.IsApproved(plan, candidate, DateOnly.FromDayNumber(points[0] - 1), facts);
        return new OutcomeIndex(points, approved, before);
    }
}
