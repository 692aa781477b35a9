using NatoRules.Binding;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>
/// The one evaluator of plan nodes: the truth of a condition in an evaluation, allocating nothing.
/// The boolean path is this alone; the verdict's explainer asks it for each condition's truth and
/// records the rest.
/// </summary>
internal static class ConditionEvaluator
{
    public static Truth Evaluate(PlanNode node, EvaluationState state)
    {
        switch (node.Kind)
        {
            case PlanKind.All:
            case PlanKind.Any:
                return Composite((CompositePlan)node, state);
            case PlanKind.Not:
                state.Charge();
                return Evaluate(((NotPlan)node).Operand, state).Not();
            case PlanKind.Rule:
                return Rule((RulePlan)node, state);
            case PlanKind.Consensus:
                return Consensus((StancePlan)node, state);
            case PlanKind.Unanimity:
                var unanimity = (StancePlan)node;
                return Unanimity(unanimity, Tally(unanimity.Selector, state));
            case PlanKind.NoVeto:
                return NoVeto(((StancePlan)node).Selector, state);
            case PlanKind.NoRivalBacking:
                return FindRivalBackings(state, null) ? Truth.False : Truth.True;
            case PlanKind.CandidateNational:
                return NationalMember(state) is { } member && state.Facts.IsMember(member, state.AsOf) ? Truth.True : Truth.False;
            case PlanKind.CandidateWithdrawn:
                return state.Facts.WithdrawnOn(state.Candidate) is { } date && date <= state.AsOf ? Truth.True : Truth.False;
            case PlanKind.Threshold:
                return Threshold((ThresholdPlan)node, state, out _);
            default:
                return Truth.False; // an error: its compilation is never evaluated
        }
    }

    private static Truth Composite(CompositePlan composite, EvaluationState state)
    {
        var isAll = composite.IsAll;
        var result = isAll ? Truth.True : Truth.False;
        foreach (var operand in composite.Operands)
        {
            state.Charge();
            var truth = Evaluate(operand, state);
            result = isAll ? result.And(truth) : result.Or(truth);
            if (isAll ? result == Truth.False : result == Truth.True)
                break;
        }
        return result;
    }

    // Each rule is evaluated once per evaluation, however often it is named: rules that each name the
    // next twice would otherwise take time exponential in their depth.
    private static Truth Rule(RulePlan reference, EvaluationState state)
    {
        state.Charge();
        if (state.RuleTruth(reference.Rule.Ordinal) is { } known)
            return known;
        var truth = Evaluate(reference.Condition, state);
        state.RememberRule(reference.Rule.Ordinal, truth);
        return truth;
    }

    private static Truth Consensus(StancePlan consensus, EvaluationState state)
    {
        var selector = consensus.Selector;
        if (selector.IsEveryone)
            return state.Objections <= consensus.Minus ? Truth.True : Truth.False;
        return NoVeto(selector, state, consensus.Minus);
    }

    /// <summary>Unanimity's truth from the selected members' tally.</summary>
    public static Truth Unanimity(StancePlan unanimity, Tallies tally)
    {
        // An absent member has not agreed: unanimity asks every member's explicit support.
        if (tally.Objections > 0 || (!unanimity.AbstentionAllowed && tally.Abstentions > 0) || tally.Absent > 0)
            return Truth.False;
        return tally.Silent > 0 ? Truth.Pending : Truth.True;
    }

    // No selected member objects, or no more than `tolerated` do (consensus minus N).
    private static Truth NoVeto(SelectorPlan selector, EvaluationState state, int tolerated = 0)
    {
        var objections = 0;
        for (var i = 0; i < state.Members.Length; i++)
            if (state.Stances[i] == Stance.Objects && Includes(selector, state, i) && ++objections > tolerated)
                return Truth.False;
        return Truth.True;
    }

    /// <summary>
    /// A threshold's truth: reached, still reachable by the silent members, or not; deemed met
    /// (<paramref name="deemed"/>) when it is not reached and the decision's blocking minority did not form.
    /// </summary>
    public static Truth Threshold(ThresholdPlan threshold, EvaluationState state, out bool deemed)
    {
        var truth = threshold.Reached(state);
        deemed = truth != Truth.True && threshold.CountsSupporters && state.Plan.BlockingMinority is { } minority && state.Counted - state.Supports < minority;
        return deemed ? Truth.True : truth;
    }

    /// <summary>Whether member <paramref name="index"/> is among the members <paramref name="selector"/> selects in this evaluation.</summary>
    public static bool Includes(SelectorPlan selector, EvaluationState state, int index)
    {
        if (selector.IsEveryone)
            return state.Counts[index];
        if (!selector.Allowed[index])
            return false;
        var bound = selector.Bound;
        if (bound.ExceptCandidate && ReferenceEquals(state.Candidate.NationalOf, state.Members[index]))
            return false;
        return bound.On is { } on ? state.Facts.IsMember(state.Members[index], on) : state.Counts[index];
    }

    /// <summary>How the members <paramref name="selector"/> selects stand.</summary>
    public static Tallies Tally(SelectorPlan selector, EvaluationState state)
    {
        if (selector.IsEveryone)
            return state.Tallies;
        int supports = 0, objections = 0, abstentions = 0, silent = 0, absent = 0;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!Includes(selector, state, i))
                continue;
            switch (state.Stances[i])
            {
                case Stance.Supports: supports++; break;
                case Stance.Objects: objections++; break;
                case Stance.Abstains: abstentions++; break;
                case Stance.Absent: absent++; break;
                default: silent++; break;
            }
        }
        return new Tallies(supports, objections, abstentions, silent, state.Members.Length - supports - objections - abstentions - silent - absent)
        {
            Absent = absent,
        };
    }

    /// <summary>The member of the decision's body the candidate is a national of, if any.</summary>
    public static MemberSymbol? NationalMember(EvaluationState state)
    {
        var body = state.Plan.Body;
        if (state.Candidate.NationalOf is { } bound && ReferenceEquals(bound.Body, body))
            return bound;
        return state.Candidate.Nationality is { } code ? body.FindMember(code) : null;
    }

    /// <summary>
    /// Whether a member that counts and does not support the candidate backs a running rival; with
    /// <paramref name="into"/>, lists each such member's first rival in the order the facts declare
    /// them, in member order. Rivals outer, members inner: one look-up of each rival's positions.
    /// </summary>
    public static bool FindRivalBackings(EvaluationState state, List<(int Index, CandidateSymbol Rival, PositionFact Backing)>? into)
    {
        var found = false;
        var factsSets = state.Plan.Decision.Facts;
        for (var f = 0; f < factsSets.Count; f++)
        {
            var candidates = factsSets[f].Candidates;
            for (var c = 0; c < candidates.Count; c++)
            {
                var rival = candidates[c];
                if (ReferenceEquals(rival, state.Candidate) || !state.IsRunning(rival) || state.Facts.PositionsOf(rival) is not { } positions)
                    continue;
                for (var i = 0; i < state.Members.Length && i < positions.MemberCount; i++)
                {
                    if (!state.Counts[i] || state.Stances[i] == Stance.Supports
                        || positions.Latest(i, state.AsOf) is not { Stance: Stance.Supports, Condition: PositionConditionKind.None } backing)
                        continue;
                    if (into is null)
                        return true;
                    found = true;
                    var at = into.Count;
                    while (at > 0 && into[at - 1].Index > i)
                        at--;
                    if (at == 0 || into[at - 1].Index != i)
                        into.Insert(at, (i, rival, backing));
                }
            }
        }
        return found;
    }
}
