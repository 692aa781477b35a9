using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>
/// The result of explaining a condition: its truth, the step (null unless the state
/// <see cref="EvaluationState.BuildsSteps"/>), and the members that make it fail. A pending condition
/// also says whose positions it waits for (member indices) and what positions would meet it.
/// </summary>
internal readonly record struct Explained(Truth Truth, Explanation? Step, IReadOnlyList<Blocker> Blockers,
    IReadOnlyList<int>? Awaited = null, IReadOnlyList<UnblockOption>? Needs = null);

/// <summary>
/// The one explainer of plan nodes: each condition's truth, from <see cref="ConditionEvaluator"/>
/// wherever it is not a combination of its operands' truths, with the step, the blockers and what
/// a pending condition waits for, as the state's mode asks.
/// </summary>
internal static class ConditionExplainer
{
    public static Explained Explain(PlanNode node, EvaluationState state) => node.Kind switch
    {
        PlanKind.All or PlanKind.Any => Composite((CompositePlan)node, state),
        PlanKind.Not => Not((NotPlan)node, state),
        PlanKind.Rule => Rule((RulePlan)node, state),
        PlanKind.Consensus => Consensus((StancePlan)node, state),
        PlanKind.Unanimity => Unanimity((StancePlan)node, state),
        PlanKind.NoVeto => NoVeto((StancePlan)node, state),
        PlanKind.NoRivalBacking => RivalBacking(node, state),
        PlanKind.CandidateNational => CandidateNational(node, state),
        PlanKind.CandidateWithdrawn => CandidateWithdrawn(node, state),
        PlanKind.Threshold => Threshold((ThresholdPlan)node, state),
        _ => new Explained(Truth.False, state.BuildsSteps ? new Explanation(node.Text, "error", node.Location, [], []) : null, []),
    };

    private static Explained Composite(CompositePlan composite, EvaluationState state)
    {
        var isAll = composite.IsAll;
        var result = isAll ? Truth.True : Truth.False;
        var steps = state.BuildsSteps ? new List<Explanation>(composite.Operands.Length) : null;
        // The members that make a conjunction fail are those of its operands that fail as it does
        // (false, or pending); a disjunction fails only if every operand does, and lifting the
        // blockers of any one would do. Kept in operand order.
        // Usually one operand fails: its own list, until a second one adds to it.
        // A composite that is met names no blockers, except those of operands met by members against (a majority
        // against): a `not` over it is blocked by them.
        BlockerJoin ofFalse = default, ofPending = default, ofAny = default, ofTrue = default;
        List<int>? awaited = null;
        List<UnblockOption>? needs = null;
        foreach (var operand in composite.Operands)
        {
            state.Charge();
            var child = Explain(operand, state);
            steps?.Add(child.Step!);
            result = isAll ? result.And(child.Truth) : result.Or(child.Truth);
            if (child.Truth == Truth.Pending)
            {
                if (child.Awaited is { Count: > 0 } waits)
                    (awaited ??= []).AddRange(waits);
                if (child.Needs is { Count: > 0 } more)
                    (needs ??= []).AddRange(more);
            }
            if (child.Blockers.Count == 0)
                continue;
            if (child.Truth == Truth.True)
                ofTrue.Add(child.Blockers);
            if (!isAll)
                ofAny.Add(child.Blockers);
            else if (child.Truth == Truth.False)
                ofFalse.Add(child.Blockers);
            else if (child.Truth == Truth.Pending)
                ofPending.Add(child.Blockers);
        }
        var blockers = (result, isAll) switch
        {
            (Truth.True, _) => ofTrue.Result ?? [],
            (_, false) => ofAny.Result ?? [],
            (Truth.False, true) => ofFalse.Result ?? [],
            _ => ofPending.Result ?? [],
        };
        var step = steps is null ? null : new Explanation(isAll ? "all of" : "any of", result.ToText(), composite.Location, [], steps);
        return result == Truth.Pending
            ? new Explained(result, step, blockers, awaited, needs)
            : new Explained(result, step, blockers);
    }

    private static Explained Not(NotPlan not, EvaluationState state)
    {
        state.Charge();
        var inner = Explain(not.Operand, state);
        var truth = inner.Truth.Not();
        // Still waiting for the same members; what would meet the operand would not meet its negation.
        // Not met because the operand is: those that make the operand true block (the members of a majority against).
        return new Explained(truth, inner.Step is { } step ? NotStep(not, step, truth) : null, truth == Truth.False ? inner.Blockers : [],
            truth == Truth.Pending ? inner.Awaited : null);
    }

    // `candidate is not withdrawn` is one piece of syntax for both the negation and its operand.
    private static Explanation NotStep(NotPlan not, Explanation inner, Truth truth) => ReferenceEquals(not.Bound.Syntax, not.Operand.Bound.Syntax)
        ? new Explanation(not.Text, truth.ToText(), not.Location, [], [inner])
        : Explanation.Of(not.Operand, static operand => $"not ({operand.Text})", truth.ToText(), not.Location, [], [inner]);

    private static Explained Rule(RulePlan reference, EvaluationState state)
    {
        state.Charge();
        var rule = reference.Rule;
        if (state.RuleExplained(rule.Ordinal) is { } known && (known.Step is not null || !state.BuildsSteps))
        {
            // Named again: the same result, and a step that points back instead of repeating the tree.
            return known with
            {
                Step = known.Step is null ? null : Explanation.Of(rule, static rule => $"rule {rule.Name} (as above)", known.Truth.ToText(), reference.Location, [], []),
            };
        }
        var inner = Explain(reference.Condition, state);
        var explained = new Explained(inner.Truth,
            inner.Step is { } step ? Explanation.Of(rule, static rule => $"rule {rule.Name}", inner.Truth.ToText(), reference.Location, [], [step]) : null,
            inner.Blockers, inner.Awaited, inner.Needs);
        state.RememberRule(rule.Ordinal, explained);
        return explained;
    }

    private static Explained Consensus(StancePlan consensus, EvaluationState state)
    {
        var selector = consensus.Selector;
        var tally = ConditionEvaluator.Tally(selector, state);
        // Each selected member that objects blocks: as many as the tally counted.
        var blockers = state.BuildsBlockers && tally.Objections > 0 ? new Blocker[tally.Objections] : null;
        var found = 0;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; (blockers is not null || steps is not null) && i < state.Members.Length; i++)
        {
            if (state.Stances[i] != Stance.Objects || !ConditionEvaluator.Includes(selector, state, i))
                continue;
            if (blockers is not null)
                blockers[found++] = ObjectionBlocker(state, i, BlockerKind.Objection, consensus);
            steps?.Add(MemberStep(state, i, "objects"));
        }
        // A tally's objections not by name block too, but no member can be named for them.
        if (blockers is not null && found < blockers.Length)
            Array.Resize(ref blockers, found);
        if (steps is not null)
            for (var i = 0; i < state.Members.Length; i++)
                if (state.GuaranteeOf(i) is not null && state.Stances[i] == Stance.Silent && ConditionEvaluator.Includes(selector, state, i))
                    steps.Add(MemberStep(state, i, "objection lifted"));
        var truth = ConditionEvaluator.Evaluate(consensus, state);
        // Met with objections (consensus minus N): they block nothing.
        return new Explained(truth, steps is null ? null : ConsensusStep(consensus, tally.Objections, tally.Members, truth, steps),
            truth == Truth.False ? blockers ?? [] : []);
    }

    private static Explanation ConsensusStep(StancePlan consensus, int objections, int counted, Truth truth, List<Explanation> steps) =>
        Explanation.Of((objections, counted, consensus.Selector.Words, consensus.Minus), static v =>
                (v.Minus == 0 ? "consensus: no member objects (" : $"consensus minus {v.Minus}: no more than {v.Minus} {(v.Minus == 1 ? "member objects" : "members object")} (")
                + $"{v.objections} of {v.counted} " + (v.Words.Length == 0 ? "members" : v.Words) + " object; silence is consent)",
            truth.ToText(), consensus.Location, [], steps);

    private static Explained Unanimity(StancePlan unanimity, EvaluationState state)
    {
        var selector = unanimity.Selector;
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!ConditionEvaluator.Includes(selector, state, i))
                continue;
            var stance = state.Stances[i];
            if (stance == Stance.Objects)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(ObjectionBlocker(state, i, BlockerKind.Objection, unanimity));
                steps?.Add(MemberStep(state, i, "objects"));
            }
            else if (stance == Stance.Abstains && !unanimity.AbstentionAllowed)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(AbstentionBlocker(unanimity, state.Members[i], state.PositionOf(i)?.Location));
                steps?.Add(MemberStep(state, i, "abstains"));
            }
            else if (stance == Stance.Absent)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(new Blocker(state.Members[i], BlockerKind.Absence, state.PositionOf(i)?.Location, unanimity.Location,
                        new[] { UnblockOption.ChangeOfPosition(state.Members[i], UnblockOption.OptionWords.Supports) }, null));
                steps?.Add(MemberStep(state, i, "absent"));
            }
            else if (stance == Stance.Silent)
            {
                steps?.Add(MemberStep(state, i, "no explicit support yet"));
            }
        }
        var tally = ConditionEvaluator.Tally(selector, state);
        var truth = ConditionEvaluator.Unanimity(unanimity, tally);
        if (truth != Truth.Pending)
            return new Explained(truth, steps is null ? null : UnanimityStep(unanimity, tally, truth, steps), (IReadOnlyList<Blocker>?)blockers ?? []);
        // Pending: every selected member still silent must support.
        var awaited = SilentMembers(state, selector);
        return new Explained(truth, steps is null ? null : UnanimityStep(unanimity, tally, truth, steps), [], awaited,
            [UnblockOption.AllSupport([.. awaited.Select(i => state.Members[i])])]);
    }

    private static Blocker AbstentionBlocker(StancePlan unanimity, MemberSymbol member, Location? position) =>
        new(member, BlockerKind.Abstention, position, unanimity.Location,
            new[] { UnblockOption.ChangeOfPosition(member, UnblockOption.OptionWords.Supports) }, null);

    private static Explanation UnanimityStep(StancePlan unanimity, Tallies tally, Truth truth, List<Explanation> steps)
    {
        var policy = unanimity.AbstentionAllowed ? "allowed" : "breaks it";
        return Explanation.Of((policy, tally, unanimity.Selector.Words), static v => $"unanimity (abstention {v.policy}): "
            + $"{v.tally.Supports} of {v.tally.Members} " + (v.Words.Length == 0 ? "members" : v.Words)
            + $" support, {v.tally.Objections} object, {v.tally.Abstentions} abstain, {v.tally.Silent} silent", truth.ToText(), unanimity.Location, [], steps);
    }

    private static Explained NoVeto(StancePlan veto, EvaluationState state)
    {
        var holders = veto.Selector;
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!ConditionEvaluator.Includes(holders, state, i))
                continue;
            var stance = state.Stances[i];
            if (stance == Stance.Objects)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(ObjectionBlocker(state, i, BlockerKind.Veto, veto));
                steps?.Add(MemberStep(state, i, "veto"));
            }
            else
            {
                steps?.Add(MemberStep(state, i, stance == Stance.Supports ? "supports" : "does not veto"));
            }
        }
        var truth = ConditionEvaluator.Evaluate(veto, state);
        return new Explained(truth, steps is null ? null : NoVetoStep(veto, truth, steps), (IReadOnlyList<Blocker>?)blockers ?? []);
    }

    private static Explanation NoVetoStep(StancePlan veto, Truth truth, List<Explanation> steps) => veto.Selector.IsEveryone
        ? new Explanation("no veto (every member holds a veto)", truth.ToText(), veto.Location, [], steps)
        : Explanation.Of(veto.Selector.Words, static words => $"no veto (veto holders: {words})", truth.ToText(), veto.Location, [], steps);

    private static Explained RivalBacking(PlanNode node, EvaluationState state)
    {
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        var backings = new List<(int Index, CandidateSymbol Rival, PositionFact Backing)>();
        ConditionEvaluator.FindRivalBackings(state, backings);
        foreach (var (i, rival, backing) in backings)
        {
            var member = state.Members[i];
            if (state.BuildsBlockers)
                (blockers ??= []).Add(RivalBlocker(node, member, rival, state.Candidate, backing));
            steps?.Add(RivalStep(member, rival, backing));
        }
        var truth = backings.Count == 0 ? Truth.True : Truth.False;
        return new Explained(truth, steps is null ? null : new Explanation("no member backs a running rival", truth.ToText(), node.Location, [], steps),
            (IReadOnlyList<Blocker>?)blockers ?? []);
    }

    // Lambdas only in methods of their own: one that captures a loop's variables would allocate on every turn of the loop.
    private static Explanation RivalStep(MemberSymbol member, CandidateSymbol rival, PositionFact backing) =>
        Explanation.Of((member, rival, backing), static v => $"{v.member.Name} supports the rival {v.rival.Name} since {Dates.Iso(v.backing.Date)}",
            "withholds consensus", null, [backing.Location], []);

    private static Blocker RivalBlocker(PlanNode node, MemberSymbol member, CandidateSymbol rival, CandidateSymbol candidate, PositionFact backing) =>
        new(member, BlockerKind.RivalBacking, backing.Location, node.Location,
            new[]
            {
                UnblockOption.Withdrawal(rival.Name),
                UnblockOption.ChangeOfPosition(member, UnblockOption.OptionWords.SupportsCandidate, candidate.Name),
            },
            rival.Name);

    private static Explained CandidateNational(PlanNode node, EvaluationState state)
    {
        var truth = ConditionEvaluator.Evaluate(node, state);
        return new Explained(truth, state.BuildsSteps ? NationalStep(node, state.Candidate, state.Plan.Body, state.AsOf, truth) : null, []);
    }

    private static Explanation NationalStep(PlanNode node, CandidateSymbol candidate, BodySymbol body, DateOnly asOf, Truth truth) =>
        Explanation.Of((candidate, body, asOf, truth), static v => v.candidate.Nationality is not { } nationality
                ? $"{v.candidate.Name} has no nationality stated"
                : $"{v.candidate.Name} is a national of {nationality}, " + (v.truth == Truth.True ? "a member" : "not a member")
                  + $" of {v.body.Name} on {Dates.Iso(v.asOf)}",
            truth.ToText(), node.Location, candidate.Location is { } l ? [l] : [], []);

    private static Explained CandidateWithdrawn(PlanNode node, EvaluationState state)
    {
        var truth = ConditionEvaluator.Evaluate(node, state);
        return new Explained(truth, state.BuildsSteps ? WithdrawnStep(node, state.Candidate, state.Facts.WithdrawnOn(state.Candidate), truth) : null, []);
    }

    private static Explanation WithdrawnStep(PlanNode node, CandidateSymbol candidate, DateOnly? withdrawn, Truth truth) =>
        Explanation.Of((candidate, withdrawn), static v => v.withdrawn is null
                ? $"{v.candidate.Name} has not withdrawn"
                : $"{v.candidate.Name} withdraws on {Dates.Iso(v.withdrawn)}",
            truth == Truth.True ? "withdrawn" : "not withdrawn", node.Location, candidate.WithdrawnLocation is { } l ? [l] : [], []);

    private static Explained Threshold(ThresholdPlan threshold, EvaluationState state)
    {
        var truth = ConditionEvaluator.Threshold(threshold, state, out var deemed);
        var (actual, required, of) = threshold.Numbers(state);
        var tie = threshold.TieBroken(state) ? state.Plan.CastingVote : -1;
        var result = new ThresholdResult(threshold, truth == Truth.True, deemed, actual, required, of,
            state.Counted - state.Supports, state.Plan.BlockingMinority)
        {
            Pending = truth == Truth.Pending,
            Tie = tie < 0 ? null : $"{state.Members[tie].Name} {(truth == Truth.True ? "votes for: carried" : "does not vote for: the tie fails")}",
        };
        state.RecordThreshold(result);
        var step = state.BuildsSteps
            ? Explanation.Of(result, static r => $"{r.Description}: {r.Text}", truth.ToText(), threshold.Location, [],
                tie < 0 ? [] : [MemberStep(state, tie, truth == Truth.True ? "casting vote for" : "no casting vote for")])
            : null;
        return truth switch
        {
            // A majority against (or of declared abstainers) that is reached: those it counts are what a `not` over it is blocked by.
            Truth.True when threshold.CountsDissenters => new Explained(truth, step, state.BuildsBlockers ? Counted(state, threshold) : []),
            // One against that is not reached blocks nothing: it is what a decision asks not to happen.
            Truth.False when threshold.CountsDissenters => new Explained(truth, step, []),
            // Not reached even if every silent member supported: the threshold itself blocks.
            Truth.False => new Explained(truth, step, state.BuildsBlockers ? [Blocker.ForThreshold(result)] : []),
            // Still reachable: it waits for the silent members that count.
            Truth.Pending => new Explained(truth, step, [], SilentMembers(state, null)),
            _ => new Explained(truth, step, []),
        };
    }

    // The members a threshold not of supporters counts: the objectors, or those abstaining with a declaration.
    private static List<Blocker> Counted(EvaluationState state, ThresholdPlan threshold)
    {
        var counted = new List<Blocker>();
        var declared = threshold.Counts == ThresholdCounts.DeclaredAbstainers;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (threshold.Selection is { } selection ? !ConditionEvaluator.Includes(selection, state, i) : !state.Counts[i])
                continue;
            if (declared ? state.IsDeclared(i) : state.Stances[i] == Stance.Objects)
                counted.Add(declared
                    ? new Blocker(state.Members[i], BlockerKind.DeclaredAbstention, state.PositionOf(i)!.Location, threshold.Location,
                        new[] { UnblockOption.ChangeOfPosition(state.Members[i], UnblockOption.OptionWords.Supports) }, null)
                    : ObjectionBlocker(state, i, BlockerKind.Objection, threshold));
        }
        return counted;
    }

    /// <summary>The silent members among those <paramref name="selector"/> selects (all that count when null), by index: whose positions a pending condition waits for.</summary>
    private static List<int> SilentMembers(EvaluationState state, SelectorPlan? selector)
    {
        var silent = new List<int>();
        for (var i = 0; i < state.Members.Length; i++)
            if (state.Stances[i] == Stance.Silent && (selector is null ? state.Counts[i] : ConditionEvaluator.Includes(selector, state, i)))
                silent.Add(i);
        return silent;
    }

    // Blockers keep values, not the pooled state; their words are made when read.
    private static Blocker ObjectionBlocker(EvaluationState state, int index, BlockerKind kind, PlanNode rule)
    {
        var member = state.Members[index];
        var position = state.PositionOf(index)!;
        var candidate = state.Candidate.Name;
        if (position.Condition == PositionConditionKind.Unless)
        {
            var policy = state.Plan.GuaranteePolicyText;
            return new Blocker(member, BlockerKind.ConditionalObjection, position.Location, rule.Location,
                new[]
                {
                    UnblockOption.Guarantee(member, position.Matter!, policy, candidate),
                    UnblockOption.ChangeOfPosition(member, UnblockOption.OptionWords.LiftsObjection),
                },
                candidate, position.Matter!.Name, policy);
        }
        var change = kind == BlockerKind.Veto ? UnblockOption.OptionWords.AbstainsOrSupports : UnblockOption.OptionWords.LiftsObjection;
        return new Blocker(member, kind, position.Location, rule.Location, new[] { UnblockOption.ChangeOfPosition(member, change) }, candidate);
    }

    private static Explanation MemberStep(EvaluationState state, int index, string result)
    {
        var member = state.Members[index];
        var position = state.PositionOf(index);
        var guarantee = state.GuaranteeOf(index);
        IReadOnlyList<Location> facts = position is null
            ? guarantee is null ? [] : [guarantee.Location]
            : guarantee is null ? [position.Location] : [position.Location, guarantee.Location];
        return Explanation.Of((member, position, guarantee), static v => v.position is null
            ? $"{v.member.Name} has taken no position"
            : $"{v.member.Name} {v.position.Words} since {Dates.Iso(v.position.Date)}"
              + (v.guarantee is { } g ? $"; guarantee {g.Matter.Name} given {Dates.Iso(g.Date)} ({g.Form}, from {g.Giver})" : ""),
            result, null, facts, []);
    }
}
