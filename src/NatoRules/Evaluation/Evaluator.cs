using NatoRules.Text;
using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>Evaluates a decision for a candidate on a date over a fact base.</summary>
internal static class Evaluator
{
    /// <summary>The boolean fast path: approved or not, with no verdict built.</summary>
    public static bool IsApproved(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps = long.MaxValue)
    {
        var state = EvaluationState.Rent();
        try
        {
            state.Limit(maxSteps);
            state.Prepare(decision, candidate, asOf, facts, explain: false);
            if (candidate.Declared is { } declared && declared > asOf)
                return false;
            foreach (var condition in decision.Eligibility)
            {
                state.Charge();
                if (condition.Evaluate(state) != Truth.True)
                    return false;
            }
            foreach (var condition in decision.Requirements)
            {
                state.Charge();
                if (condition.Evaluate(state) != Truth.True)
                    return false;
            }
            return true;
        }
        finally
        {
            EvaluationState.Return(state);
        }
    }

    // `collectFactsUsed`: list every fact that decided a member's stance, for test coverage (a loop over all members).
    public static Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps = long.MaxValue,
        bool collectFactsUsed = false)
    {
        var state = EvaluationState.Rent();
        state.Limit(maxSteps);
        state.Thresholds = [];
        try
        {
            return Evaluate(state, decision, candidate, asOf, facts, collectFactsUsed);
        }
        finally
        {
            state.Thresholds = null;
            EvaluationState.Return(state);
        }
    }

    private static Verdict Evaluate(EvaluationState state, DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts,
        bool collectFactsUsed)
    {
        state.Prepare(decision, candidate, asOf, facts, explain: true);
        var steps = new List<Explanation>();
        var ineligibility = new List<string>();

        if (candidate.Declared is { } declared && declared > asOf)
        {
            ineligibility.Add($"{candidate.Name} is not a candidate until {Dates.Iso(declared)}");
            steps.Add(new Explanation(ineligibility[^1], "not met", null, candidate.Location is { } l ? [l] : [], []));
        }
        foreach (var condition in decision.Eligibility)
        {
            state.Charge();
            var explained = condition.Explain(state);
            steps.Add(new Explanation(() => $"eligible when {condition.Text}", explained.Truth.ToText(), condition.Location, [], [explained.Step]));
            if (explained.Truth != Truth.True)
                ineligibility.Add($"not eligible: {condition.Text} ({explained.Step.Text})");
        }

        Outcome outcome;
        var blockers = new List<Blocker>();
        if (ineligibility.Count > 0)
        {
            outcome = Outcome.Ineligible;
        }
        else
        {
            var truth = Truth.True;
            var failing = new List<Blocker>();
            foreach (var condition in decision.Requirements)
            {
                state.Charge();
                var explained = condition.Explain(state);
                steps.Add(new Explanation(() => $"require {condition.Text}", explained.Truth.ToText(), condition.Location, [], [explained.Step]));
                truth = truth.And(explained.Truth);
                if (explained.Truth != Truth.True)
                    failing.AddRange(explained.Blockers);
            }
            outcome = truth switch
            {
                Truth.True => Outcome.Approved,
                Truth.Pending => Outcome.Pending,
                _ => Outcome.Blocked,
            };
            if (outcome != Outcome.Approved)
                AddDistinctInMemberOrder(blockers, failing);
        }

        var thresholds = state.Thresholds!;
        var moreSupport = new List<UnblockOption>();
        if (outcome is Outcome.Blocked or Outcome.Pending)
            foreach (var threshold in thresholds)
                if (!threshold.Met)
                    moreSupport.Add(new UnblockOption(UnblockKind.MoreSupport, null, null,
                        () => $"more support to reach {threshold.Description} (now {threshold.Text})"));
        var root = new Explanation(() => $"{decision.Name} for {candidate.Name} as of {Dates.Iso(asOf)}", outcome.ToText(),
            decision.Location, [], steps);
        return new Verdict(decision, candidate, asOf, outcome, blockers, ineligibility, state.Tallies, thresholds, root)
        {
            MoreSupport = moreSupport,
            FactsUsed = collectFactsUsed ? FactsUsed(state) : [],
        };
    }

    // Every position that decided a member's stance was used, whether or not a step names it.
    private static List<Text.Location> FactsUsed(EvaluationState state)
    {
        var factsUsed = new List<Text.Location>(state.Members.Length);
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!state.Counts[i])
                continue;
            if (state.Positions[i] is { } position)
                factsUsed.Add(position.Location);
            if (state.Guarantees[i] is { } guarantee)
                factsUsed.Add(guarantee.Location);
        }
        return factsUsed;
    }

    /// <summary>The first blocker of each member and kind, in the body's member order (stable within a member).</summary>
    private static void AddDistinctInMemberOrder(List<Blocker> blockers, List<Blocker> failing)
    {
        foreach (var blocker in failing)
        {
            var duplicate = false;
            foreach (var kept in blockers)
                if (ReferenceEquals(kept.Member, blocker.Member) && kept.Kind == blocker.Kind)
                    duplicate = true;
            if (duplicate)
                continue;
            var at = blockers.Count;
            while (at > 0 && blockers[at - 1].Member.Index > blocker.Member.Index)
                at--;
            blockers.Insert(at, blocker);
        }
    }
}
