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
            state.Prepare(decision, candidate, asOf, facts);
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

    // `collectFactsUsed`: list every fact that decided a member's stance, for test coverage (a loop over all members),
    // and build the explanation now, since coverage reads it.
    public static Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps = long.MaxValue,
        bool collectFactsUsed = false) =>
        Evaluate(decision, candidate, asOf, facts, maxSteps, collectFactsUsed, buildSteps: collectFactsUsed, buildBlockers: true);

    private static Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps,
        bool collectFactsUsed, bool buildSteps, bool buildBlockers)
    {
        var state = EvaluationState.Rent();
        state.Limit(maxSteps);
        state.RecordsThresholds = true;
        state.BuildsSteps = buildSteps;
        state.BuildsBlockers = buildBlockers;
        try
        {
            return Evaluate(state, decision, candidate, asOf, facts, maxSteps, collectFactsUsed);
        }
        finally
        {
            state.RecordsThresholds = false;
            state.Thresholds = null;
            state.BuildsSteps = false;
            state.BuildsBlockers = true;
            EvaluationState.Return(state);
        }
    }

    private static Verdict Evaluate(EvaluationState state, DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts,
        long maxSteps, bool collectFactsUsed)
    {
        state.Prepare(decision, candidate, asOf, facts);
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        List<string>? ineligibility = null;

        if (candidate.Declared is { } declared && declared > asOf)
        {
            var notYet = $"{candidate.Name} is not a candidate until {Dates.Iso(declared)}";
            (ineligibility ??= []).Add(notYet);
            steps?.Add(new Explanation(notYet, "not met", null, candidate.Location is { } l ? [l] : [], []));
        }
        // An ineligibility's reason quotes its step, so eligibility conditions always build theirs (they are few and cheap).
        var buildsSteps = state.BuildsSteps;
        state.BuildsSteps = true;
        foreach (var condition in decision.Eligibility)
        {
            state.Charge();
            var explained = condition.Explain(state);
            steps?.Add(ConditionStep("eligible when", condition, explained));
            if (explained.Truth != Truth.True)
                (ineligibility ??= []).Add($"not eligible: {condition.Text} ({explained.Step!.Text})");
        }
        state.BuildsSteps = buildsSteps;

        Outcome outcome;
        IReadOnlyList<Blocker> blockers = [];
        if (ineligibility is not null)
        {
            outcome = Outcome.Ineligible;
        }
        else
        {
            var truth = Truth.True;
            // Most failures come from one condition: its own list, until a second one adds to it.
            IReadOnlyList<Blocker>? failing = null;
            foreach (var condition in decision.Requirements)
            {
                state.Charge();
                var explained = condition.Explain(state);
                steps?.Add(ConditionStep("require", condition, explained));
                truth = truth.And(explained.Truth);
                if (explained.Truth != Truth.True && explained.Blockers.Count > 0)
                    failing = BoundComposite.Join(failing, explained.Blockers);
            }
            outcome = truth switch
            {
                Truth.True => Outcome.Approved,
                Truth.Pending => Outcome.Pending,
                _ => Outcome.Blocked,
            };
            if (outcome != Outcome.Approved && failing is not null)
                blockers = DistinctInMemberOrder(failing);
        }

        IReadOnlyList<ThresholdResult> thresholds = (IReadOnlyList<ThresholdResult>?)state.Thresholds ?? [];
        List<UnblockOption>? moreSupport = null;
        if (outcome is Outcome.Blocked or Outcome.Pending)
            for (var i = 0; i < thresholds.Count; i++)
                if (!thresholds[i].Met)
                    (moreSupport ??= []).Add(UnblockOption.MoreSupport(thresholds[i]));
        var root = steps is null ? null : Root(decision, candidate, asOf, outcome, steps);
        return new Verdict(decision, candidate, asOf, outcome, blockers, (IReadOnlyList<string>?)ineligibility ?? [], state.Tallies, thresholds, root,
            facts, maxSteps)
        {
            MoreSupport = (IReadOnlyList<UnblockOption>?)moreSupport ?? [],
            FactsUsed = collectFactsUsed ? FactsUsed(state) : Array.Empty<Location>(),
        };
    }

    /// <summary>
    /// The explanation tree of a verdict whose steps were not built: the same evaluation again,
    /// building them and not the blockers, which the verdict has. The facts are immutable, so it
    /// reaches the same outcome within the same steps.
    /// </summary>
    public static Explanation Explain(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps) =>
        Evaluate(decision, candidate, asOf, facts, maxSteps, collectFactsUsed: false, buildSteps: true, buildBlockers: false).Explanation;

    // The words below are made when read, from the values each step keeps (see Explanation.Of).
    private static Explanation ConditionStep(string prefix, BoundCondition condition, Explained explained) =>
        Explanation.Of((prefix, condition), static v => $"{v.prefix} {v.condition.Text}", explained.Truth.ToText(), condition.Location, [],
            [explained.Step!]);

    private static Explanation Root(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, Outcome outcome, List<Explanation> steps) =>
        Explanation.Of((decision, candidate, asOf), static v => $"{v.decision.Name} for {v.candidate.Name} as of {Dates.Iso(v.asOf)}",
            outcome.ToText(), decision.Location, [], steps);

    // Every position that decided a member's stance was used, whether or not a step names it.
    private static List<Text.Location> FactsUsed(EvaluationState state)
    {
        var factsUsed = new List<Text.Location>(state.Members.Length);
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!state.Counts[i])
                continue;
            if (state.PositionOf(i) is { } position)
                factsUsed.Add(position.Location);
            if (state.GuaranteeOf(i) is { } guarantee)
                factsUsed.Add(guarantee.Location);
        }
        return factsUsed;
    }

    /// <summary>The first blocker of each member and kind, in the body's member order (stable within a member).</summary>
    private static IReadOnlyList<Blocker> DistinctInMemberOrder(IReadOnlyList<Blocker> failing)
    {
        // Usually one condition's blockers, already one per member in member order: kept as they are.
        var ordered = true;
        for (var i = 1; i < failing.Count && ordered; i++)
            ordered = failing[i - 1].Member.Index < failing[i].Member.Index;
        if (ordered)
            return failing;
        var blockers = new List<Blocker>(failing.Count);
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
        return blockers;
    }
}
