using NatoRules.Text;
using NatoRules.Binding;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>Evaluates a decision for a candidate on a date over a fact base.</summary>
internal static class Evaluator
{
    /// <summary>The boolean fast path: approved or not, with no verdict built.</summary>
    public static bool IsApproved(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps = long.MaxValue)
    {
        var budget = maxSteps;
        if (!Meets(plan, candidate, asOf, facts, ref budget, out var supports))
            return false;
        // In an election for seats, meeting the requirements is not enough: the candidate must also be among those with the most supports.
        return candidate.Facts.Seats is not { } seats || Rivals(plan, candidate, asOf, facts, supports, seats, ref budget).Elected;
    }

    /// <summary>
    /// Whether <paramref name="candidate"/> meets the decision's requirements, and with how many supports: the boolean
    /// path before any election for seats is considered. Spends the steps it takes from <paramref name="budget"/>.
    /// </summary>
    private static bool Meets(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts, ref long budget, out int supports)
    {
        var state = EvaluationState.Rent(EvaluationMode.Boolean);
        supports = 0;
        try
        {
            state.Limit(budget);
            var met = MeetsIn(state, plan, candidate, asOf, facts);
            supports = state.Supports;
            return met;
        }
        finally
        {
            budget -= state.StepsTaken;
            EvaluationState.Return(state);
        }
    }

    private static bool MeetsIn(EvaluationState state, DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts)
    {
        {
            state.Prepare(plan, candidate, asOf, facts);
            if (candidate.Declared is { } declared && declared > state.AsOf)
                return false;
            if (plan.Quorum is { } quorum && ConditionEvaluator.Evaluate(quorum, state) != Truth.True)
                return false;
            foreach (var condition in plan.Eligibility)
            {
                state.Charge();
                if (ConditionEvaluator.Evaluate(condition, state) != Truth.True)
                    return false;
            }
            var requirements = plan.Requirements;
            for (var r = 0; r < requirements.Length; r++)
            {
                if (!plan.Applies(r, state.Ballot))
                    continue;
                state.Charge();
                if (ConditionEvaluator.Evaluate(requirements[r], state) != Truth.True)
                    return false;
            }
            return true;
        }
    }

    /// <summary>
    /// In an election for <paramref name="seats"/> seats: the other candidates of the same facts that meet the requirements
    /// with more supports than <paramref name="supports"/> (outpolled by), or as many (tied with). The candidate is elected
    /// when it and every rival tied with it fit in the seats the ones with more leave; a tie for the last seat elects no one of it.
    /// </summary>
    private static (bool Elected, List<(CandidateSymbol Rival, int Supports)> Ahead, List<CandidateSymbol> Tied) Rivals(DecisionPlan plan,
        CandidateSymbol candidate, DateOnly asOf, FactBase facts, int supports, int seats, ref long budget)
    {
        var ahead = new List<(CandidateSymbol, int)>();
        var tied = new List<CandidateSymbol>();
        foreach (var rival in candidate.Facts.Candidates)
        {
            if (ReferenceEquals(rival, candidate) || !Meets(plan, rival, asOf, facts, ref budget, out var theirs))
                continue;
            if (theirs > supports)
                ahead.Add((rival, theirs));
            else if (theirs == supports)
                tied.Add(rival);
        }
        ahead.Sort((a, b) => b.Item2.CompareTo(a.Item2));
        return (ahead.Count + tied.Count < seats, ahead, tied);
    }

    // `collectFactsUsed`: list every fact that decided a member's stance, for test coverage (a loop over all members),
    // and build the explanation now, since coverage reads it.
    public static Verdict Evaluate(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps = long.MaxValue,
        bool collectFactsUsed = false) =>
        Evaluate(plan, candidate, asOf, facts, maxSteps, collectFactsUsed, buildSteps: collectFactsUsed, buildBlockers: true);

    private static Verdict Evaluate(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps,
        bool collectFactsUsed, bool buildSteps, bool buildBlockers)
    {
        var state = EvaluationState.Rent(EvaluationMode.Verdict(buildSteps, buildBlockers));
        state.Limit(maxSteps);
        try
        {
            return Evaluate(state, plan, candidate, asOf, facts, maxSteps, collectFactsUsed);
        }
        finally
        {
            EvaluationState.Return(state);
        }
    }

    private static Verdict Evaluate(EvaluationState state, DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts,
        long maxSteps, bool collectFactsUsed)
    {
        state.Prepare(plan, candidate, asOf, facts);
        var vote = state.Vote;
        var decision = plan.Decision;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        List<string>? ineligibility = null;

        if (vote is not null)
            steps?.Add(VoteStep(vote, state));
        if (candidate.Declared is { } declared && declared > state.AsOf)
        {
            var notYet = $"{candidate.Name} is not a candidate until {Dates.Iso(declared)}";
            (ineligibility ??= []).Add(notYet);
            steps?.Add(new Explanation(notYet, "not met", null, candidate.Location is { } l ? [l] : [], []));
        }
        // An ineligibility's reason quotes its step, so eligibility conditions always build theirs (they are few and cheap).
        using (state.Use(state.Mode with { BuildsSteps = true }))
        {
            foreach (var condition in plan.Eligibility)
            {
                state.Charge();
                var explained = ConditionExplainer.Explain(condition, state);
                steps?.Add(ConditionStep("eligible when", condition, explained));
                if (explained.Truth != Truth.True)
                    (ineligibility ??= []).AddRange(Reasons(explained.Step!).Select(reason => $"not eligible: {reason}"));
            }
        }

        Outcome outcome;
        IReadOnlyList<Blocker> blockers = [];
        List<int>? awaited = null;
        List<UnblockOption>? needs = null;
        if (ineligibility is not null)
        {
            outcome = Outcome.Ineligible;
        }
        else
        {
            var truth = Truth.True;
            var failing = default(BlockerJoin);
            // The quorum first (index -1), then the requirements: a loop, not LINQ, so the verdict allocates no more for it.
            for (var r = plan.Quorum is null ? 0 : -1; r < plan.Requirements.Length; r++)
            {
                // A requirement for other ballots (`in ballots 1 to 3` on the fourth) is not this ballot's.
                if (r >= 0 && !plan.Applies(r, state.Ballot))
                    continue;
                var (prefix, condition) = r < 0 ? ("quorum", (PlanNode)plan.Quorum!)
                    : plan.RequirementBallots is { } ranges ? ($"require (in {ranges[r]})", plan.Requirements[r])
                    : ("require", plan.Requirements[r]);
                state.Charge();
                var explained = ConditionExplainer.Explain(condition, state);
                steps?.Add(ConditionStep(prefix, condition, explained));
                truth = truth.And(explained.Truth);
                if (explained.Truth == Truth.False && explained.Blockers.Count > 0)
                    failing.Add(explained.Blockers);
                if (explained.Truth == Truth.Pending)
                {
                    if (explained.Awaited is { Count: > 0 } waits)
                        (awaited ??= []).AddRange(waits);
                    if (explained.Needs is { Count: > 0 } more)
                        (needs ??= []).AddRange(more);
                }
            }
            outcome = truth switch
            {
                Truth.True => Outcome.Approved,
                _ when state.Closed => Outcome.Rejected,
                Truth.Pending => Outcome.Pending,
                _ => Outcome.Blocked,
            };
            // A pending verdict has no blockers: nothing has failed yet; it names whom it waits for.
            if (outcome is Outcome.Blocked or Outcome.Rejected && failing.Result is { } failed)
                blockers = WithoutVetoesShortOfVotes(DistinctInMemberOrder(failed));
            if (outcome == Outcome.Approved && candidate.Facts.Seats is { } seats)
            {
                var budget = maxSteps - state.StepsTaken;
                var (elected, ahead, tied) = Rivals(plan, candidate, asOf, facts, state.Supports, seats, ref budget);
                if (steps is not null || !elected)
                {
                    var standing = SeatsWords(candidate, state.Supports, seats, ahead, tied, elected);
                    steps?.Add(new Explanation(standing, elected ? "elected" : "not elected", null, [], []));
                    if (!elected)
                    {
                        outcome = state.Closed ? Outcome.Rejected : Outcome.Pending;
                        if (outcome == Outcome.Rejected)
                            blockers = [new Blocker(null, BlockerKind.Outpolled, standing, null, null,
                                [new UnblockOption(UnblockKind.MoreSupport, null, null, $"more supports than {(ahead.Count >= seats ? ahead[seats - 1].Rival.Name : tied[0].Name)}")])];
                    }
                }
            }
        }

        IReadOnlyList<ThresholdResult> thresholds = (IReadOnlyList<ThresholdResult>?)state.Thresholds ?? [];
        List<UnblockOption>? moreSupport = null;
        if (outcome is Outcome.Blocked or Outcome.Pending or Outcome.Rejected)
        {
            if (outcome == Outcome.Pending && needs is not null)
                (moreSupport ??= []).AddRange(needs);
            for (var i = 0; i < thresholds.Count; i++)
                if (!thresholds[i].Met && thresholds[i].ReachedByMore)
                    (moreSupport ??= []).Add(UnblockOption.MoreSupport(thresholds[i]));
        }
        var root = steps is null ? null : Root(decision, candidate, asOf, outcome, steps);
        return new Verdict(plan, candidate, asOf, outcome, blockers, (IReadOnlyList<string>?)ineligibility ?? [], state.Tallies, thresholds, root,
            facts, maxSteps)
        {
            MoreSupport = (IReadOnlyList<UnblockOption>?)moreSupport ?? [],
            Steps = state.StepsTaken,
            Awaiting = outcome == Outcome.Pending && awaited is not null ? InMemberOrder(state, awaited) : [],
            FactsUsed = collectFactsUsed ? FactsUsed(state) : Array.Empty<Location>(),
        };
    }

    // `3rd of 3 candidates meeting the requirements for 2 seats: Bulgaria (160) and Albania (123) have more supports`.
    private static string SeatsWords(CandidateSymbol candidate, int supports, int seats, List<(CandidateSymbol Rival, int Supports)> ahead,
        List<CandidateSymbol> tied, bool elected)
    {
        var seatWords = seats == 1 ? "1 seat" : $"{seats} seats";
        var more = ahead.Count == 0 ? "" : string.Join(", ", ahead.Select(a => $"{a.Rival.Name} ({a.Supports})")) + (ahead.Count == 1 ? " has" : " have") + " more supports";
        var level = tied.Count == 0 ? "" : $"tied with {string.Join(", ", tied.Select(t => t.Name))} at {supports}";
        var standing = string.Join("; ", new[] { more, level }.Where(s => s.Length > 0));
        return $"{candidate.Name} ({supports}) in an election for {seatWords}: " + (standing.Length == 0 ? "no rival meeting the requirements has more supports" : standing)
            + (elected ? "" : tied.Count > 0 && ahead.Count < seats ? ", and the tie leaves too few seats" : "");
    }

    /// <summary>
    /// The explanation tree of a verdict whose steps were not built: the same evaluation again,
    /// building them and not the blockers, which the verdict has. The facts are immutable, so it
    /// reaches the same outcome within the same steps.
    /// </summary>
    public static Explanation Explain(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps) =>
        Evaluate(plan, candidate, asOf, facts, maxSteps, collectFactsUsed: false, buildSteps: true, buildBlockers: false).Explanation;

    // Why a condition is not met, in the words of the steps that fail: each failing step whose failing
    // children are facts, with those facts (`candidate is not withdrawn (Iohannis withdraws on 2024-06-20)`),
    // rather than the combinator above them.
    private static IEnumerable<string> Reasons(Explanation step)
    {
        var failing = step.Children.Where(c => c.Result != "met").ToList();
        if (failing.Count == 0)
            return [step.Text];
        if (failing.All(c => c.Children.Count == 0))
            return [$"{step.Text} ({string.Join("; ", failing.Select(c => c.Text))})"];
        return failing.SelectMany(Reasons);
    }

    // The vote that closed the question, with its counts: the outcome is the vote's.
    private static Explanation VoteStep(VoteFact vote, EvaluationState state) =>
        Explanation.Of((vote, tallies: state.Tallies, anonymous: state.Anonymous), static v =>
                $"put to the vote on {Dates.Iso(v.vote.Date)}{(v.vote.Ballot is { } ballot ? $" (ballot {ballot})" : "")}: {v.tallies.Supports} for, {v.tallies.Objections} against, "
                + $"{v.tallies.Abstentions} abstaining, {v.tallies.Absent} absent"
                + (v.anonymous > 0 ? $" ({v.anonymous} of the votes not by name)" : ""),
            vote.Ballot is null ? "final" : "held", vote.Location, [vote.Location], []);

    // The words below are made when read, from the values each step keeps (see Explanation.Of).
    private static Explanation ConditionStep(string prefix, PlanNode condition, Explained explained) =>
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

    /// <summary>
    /// A veto holder's "no" is a veto only when the draft had the votes: where a threshold is not reached
    /// (a UN Security Council draft short of 9 affirmative votes), the decision fails for lack of votes,
    /// and no holder's abstention would change that, so the holders are not listed as vetoing it.
    /// </summary>
    private static IReadOnlyList<Blocker> WithoutVetoesShortOfVotes(IReadOnlyList<Blocker> blockers)
    {
        var shortOfVotes = false;
        var vetoes = false;
        foreach (var blocker in blockers)
        {
            shortOfVotes |= blocker.Kind == BlockerKind.Threshold;
            vetoes |= blocker.Kind == BlockerKind.Veto;
        }
        return shortOfVotes && vetoes ? [.. blockers.Where(b => b.Kind != BlockerKind.Veto)] : blockers;
    }

    private static MemberSymbol[] InMemberOrder(EvaluationState state, List<int> indices)
    {
        indices.Sort();
        var members = new List<MemberSymbol>(indices.Count);
        for (var i = 0; i < indices.Count; i++)
            if (i == 0 || indices[i] != indices[i - 1])
                members.Add(state.Members[indices[i]]);
        return [.. members];
    }

    /// <summary>The first blocker of each member and kind, in the body's member order (stable within a member), thresholds last.</summary>
    private static IReadOnlyList<Blocker> DistinctInMemberOrder(IReadOnlyList<Blocker> failing)
    {
        // Usually one condition's blockers, already one per member in member order: kept as they are.
        var ordered = true;
        for (var i = 1; i < failing.Count && ordered; i++)
            ordered = Order(failing[i - 1]) < Order(failing[i]);
        if (ordered)
            return failing;
        var blockers = new List<Blocker>(failing.Count);
        foreach (var blocker in failing)
        {
            var duplicate = false;
            foreach (var kept in blockers)
                if (ReferenceEquals(kept.Member, blocker.Member) && kept.Kind == blocker.Kind
                    && (blocker.Kind != BlockerKind.Threshold || ReferenceEquals(kept.RuleLocation, blocker.RuleLocation) || Equals(kept.RuleLocation, blocker.RuleLocation)))
                    duplicate = true;
            if (duplicate)
                continue;
            var at = blockers.Count;
            while (at > 0 && Order(blockers[at - 1]) > Order(blocker))
                at--;
            blockers.Insert(at, blocker);
        }
        return blockers;
    }

    private static int Order(Blocker blocker) => blocker.Member?.Index ?? int.MaxValue;
}
