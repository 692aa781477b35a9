using NatoRules.Binding;
using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>A stretch of days with one outcome and the same blockers.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Outcome">The outcome on each of those days.</param>
/// <param name="Blockers">The members blocking (or awaited, for a pending outcome) on those days, by code; <c>threshold</c> for a threshold.</param>
public sealed record TimelineSegment(DateOnly From, DateOnly To, Outcome Outcome, IReadOnlyList<string> Blockers);

/// <summary>A fact that may change the outcome: a member's position, a guarantee, a vote, a withdrawal or a membership change.</summary>
/// <param name="Date">Its day.</param>
/// <param name="Member">The member it concerns, if one.</param>
/// <param name="Description">The fact in words, such as <c>HUN objects unless guarantee UkraineOptOut</c>.</param>
/// <param name="Location">Where it is stated.</param>
public sealed record TimelineEvent(DateOnly Date, MemberSymbol? Member, string Description, Location? Location);

/// <summary>
/// How the outcome of a decision for a candidate moved over time: the days where it or its blockers change, and the facts
/// dated in between. Each day is evaluated, so the segments are exact whatever the rule.
/// </summary>
public sealed class OutcomeTimeline
{
    internal OutcomeTimeline(DecisionSymbol decision, CandidateSymbol candidate, DateOnly from, DateOnly to,
        IReadOnlyList<TimelineSegment> segments, IReadOnlyList<TimelineEvent> events)
    {
        Decision = decision;
        Candidate = candidate;
        From = from;
        To = to;
        Segments = segments;
        Events = events;
    }

    /// <summary>The decision.</summary>
    public DecisionSymbol Decision { get; }

    /// <summary>The candidate or proposal.</summary>
    public CandidateSymbol Candidate { get; }

    /// <summary>The first day covered.</summary>
    public DateOnly From { get; }

    /// <summary>The last day covered.</summary>
    public DateOnly To { get; }

    /// <summary>The outcome's stretches, in order, covering every day from <see cref="From"/> to <see cref="To"/>.</summary>
    public IReadOnlyList<TimelineSegment> Segments { get; }

    /// <summary>The facts dated in the period that can change the outcome, by date.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    internal static OutcomeTimeline Build(DecisionPlan plan, CandidateSymbol candidate, DateOnly? from, DateOnly? to, FactBase facts, long maxSteps)
    {
        var events = FactsDated(plan, candidate, facts);
        var first = from ?? (events.Count > 0 ? events[0].Date : candidate.Declared ?? DateOnly.FromDateTime(DateTime.UtcNow));
        var last = to ?? (events.Count > 0 ? events[^1].Date : first);
        if (last < first)
            (first, last) = (last, first);
        var segments = new List<TimelineSegment>();
        var budget = maxSteps;
        for (var day = first; ; day = day.AddDays(1))
        {
            var verdict = Evaluator.Evaluate(plan, candidate, day, facts, budget);
            budget -= verdict.Steps;
            var blockers = verdict.Outcome == Outcome.Pending
                ? verdict.Awaiting.Select(m => m.Name).ToList()
                : verdict.Blockers.Select(b => b.Member?.Name ?? "threshold").Distinct().ToList();
            if (segments.Count > 0 && segments[^1] is { } previous && previous.Outcome == verdict.Outcome && previous.Blockers.SequenceEqual(blockers))
                segments[^1] = previous with { To = day };
            else
                segments.Add(new TimelineSegment(day, day, verdict.Outcome, blockers));
            if (day >= last || day == DateOnly.MaxValue)
                break;
        }
        return new OutcomeTimeline(plan.Decision, candidate, first, last, segments, [.. events.Where(e => e.Date >= first && e.Date <= last)]);
    }

    private static List<TimelineEvent> FactsDated(DecisionPlan plan, CandidateSymbol candidate, FactBase facts)
    {
        var events = new List<TimelineEvent>();
        foreach (var position in facts.PositionsOf(candidate)?.Facts ?? [])
        {
            events.Add(new TimelineEvent(position.Date, position.Member, $"{position.Member.Name} {position.Words}", position.Location));
        }
        var matters = (facts.PositionsOf(candidate)?.Facts ?? []).Select(p => p.Matter).OfType<MatterSymbol>().ToHashSet();
        foreach (var guarantee in facts.AllGuarantees.Where(g => matters.Contains(g.Matter)))
            events.Add(new TimelineEvent(guarantee.Date, guarantee.Receiver,
                $"guarantee {guarantee.Matter.Name} from {guarantee.Giver} to {guarantee.Receiver.Name} ({guarantee.Form})", guarantee.Location));
        foreach (var vote in facts.AllVotes.Where(v => ReferenceEquals(v.Candidate, candidate)))
            events.Add(new TimelineEvent(vote.Date, null, vote.Ballot is { } ballot ? $"ballot {ballot} held" : "vote held", vote.Location));
        foreach (var other in plan.Decision.Candidates)
        {
            if (other.Declared is { } declared)
                events.Add(new TimelineEvent(declared, null, $"{other.Name} declares", other.Location));
            if (facts.WithdrawnOn(other) is { } withdrawn)
                events.Add(new TimelineEvent(withdrawn, null, $"{other.Name} withdraws", other.WithdrawnLocation));
        }
        foreach (var change in facts.MembershipChanges.Where(c => ReferenceEquals(c.Member.Body, plan.Body)))
            events.Add(new TimelineEvent(change.Date, change.Member, $"{change.Member.Name} {(change.Joins ? "joins" : "leaves")}", change.Location));
        return [.. events.OrderBy(e => e.Date)];
    }
}
