using NatoRules.Text;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>Shared reasoning about members' stances: what blocks, and what would lift it.</summary>
internal static class StanceBlockers
{
    // Blockers keep values, not the pooled state; their words are made when read.
    public static Blocker ForObjection(EvaluationState state, int index, BlockerKind kind, BoundCondition rule)
    {
        var member = state.Members[index];
        var position = state.PositionOf(index)!;
        var candidate = state.Candidate.Name;
        if (position.Condition == PositionConditionKind.Unless)
        {
            var policy = state.Decision.GuaranteePolicy?.Text;
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

    public static Explanation MemberStep(EvaluationState state, int index, string result)
    {
        var member = state.Members[index];
        var position = state.PositionOf(index);
        var guarantee = state.GuaranteeOf(index);
        IReadOnlyList<Location> facts = position is null
            ? guarantee is null ? [] : [guarantee.Location]
            : guarantee is null ? [position.Location] : [position.Location, guarantee.Location];
        return Explanation.Of((member, position, guarantee), static v => v.position is null
            ? $"{v.member.Name} has taken no position"
            : $"{v.member.Name} {Describe(v.position)} since {Dates.Iso(v.position.Date)}"
              + (v.guarantee is { } g ? $"; guarantee {g.Matter.Name} given {Dates.Iso(g.Date)} ({g.Form}, from {g.Giver})" : ""),
            result, null, facts, []);
    }

    private static string Describe(PositionFact position)
    {
        var verb = position.Stance switch
        {
            Stance.Supports => "supports",
            Stance.Objects => "objects",
            Stance.Abstains => "abstains",
            _ => "is silent",
        };
        return position.Condition switch
        {
            PositionConditionKind.Unless => $"{verb} unless guarantee {position.Matter!.Name}",
            PositionConditionKind.If => $"{verb} if guarantee {position.Matter!.Name}",
            _ => verb,
        };
    }
}

/// <summary><c>consensus [of SELECTOR]</c>: no selected member objects; silence is consent.</summary>
internal sealed class BoundConsensus(SyntaxNode syntax, BoundSelector selector) : BoundCondition(syntax)
{
    public BoundSelector Selector { get; } = selector;

    public override Truth Evaluate(EvaluationState state)
    {
        if (Selector.IsEveryone)
            return state.Objections == 0 ? Truth.True : Truth.False;
        for (var i = 0; i < state.Members.Length; i++)
            if (state.Stances[i] == Stance.Objects && Selector.Includes(state, i))
                return Truth.False;
        return Truth.True;
    }

    public override Explained Explain(EvaluationState state)
    {
        var tally = Selector.Tally(state);
        // Each selected member that objects blocks: as many as the tally counted.
        var blockers = state.BuildsBlockers && tally.Objections > 0 ? new Blocker[tally.Objections] : null;
        var found = 0;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; (blockers is not null || steps is not null) && i < state.Members.Length; i++)
        {
            if (state.Stances[i] != Stance.Objects || !Selector.Includes(state, i))
                continue;
            if (blockers is not null)
                blockers[found++] = StanceBlockers.ForObjection(state, i, BlockerKind.Objection, this);
            steps?.Add(StanceBlockers.MemberStep(state, i, "objects"));
        }
        if (steps is not null)
            for (var i = 0; i < state.Members.Length; i++)
                if (state.GuaranteeOf(i) is not null && state.Stances[i] == Stance.Silent && Selector.Includes(state, i))
                    steps.Add(StanceBlockers.MemberStep(state, i, "objection lifted"));
        var truth = Evaluate(state);
        return new Explained(truth, steps is null ? null : Step(tally.Objections, tally.Members, truth, steps), blockers ?? []);
    }

    private Explanation Step(int objections, int counted, Truth truth, List<Explanation> steps) =>
        Explanation.Of((objections, counted, Selector.Words), static v => $"consensus: no member objects ({v.objections} of {v.counted} "
            + (v.Words.Length == 0 ? "members" : v.Words) + " object; silence is consent)",
            truth.ToText(), Location, [], steps);
}

/// <summary><c>unanimity [of SELECTOR]</c>: every selected member supports explicitly; abstention allowed or not.</summary>
internal sealed class BoundUnanimity(SyntaxNode syntax, bool abstentionAllowed, BoundSelector selector) : BoundCondition(syntax)
{
    public bool AbstentionAllowed { get; } = abstentionAllowed;

    public BoundSelector Selector { get; } = selector;

    public override Truth Evaluate(EvaluationState state) => Judge(Selector.Tally(state));

    private Truth Judge(Tallies tally)
    {
        if (tally.Objections > 0 || (!AbstentionAllowed && tally.Abstentions > 0))
            return Truth.False;
        return tally.Silent > 0 ? Truth.Pending : Truth.True;
    }

    public override Explained Explain(EvaluationState state)
    {
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!Selector.Includes(state, i))
                continue;
            var stance = state.Stances[i];
            if (stance == Stance.Objects)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(StanceBlockers.ForObjection(state, i, BlockerKind.Objection, this));
                steps?.Add(StanceBlockers.MemberStep(state, i, "objects"));
            }
            else if (stance == Stance.Abstains && !AbstentionAllowed)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(AbstentionBlocker(state.Members[i], state.PositionOf(i)?.Location));
                steps?.Add(StanceBlockers.MemberStep(state, i, "abstains"));
            }
            else if (stance == Stance.Silent)
            {
                steps?.Add(StanceBlockers.MemberStep(state, i, "no explicit support yet"));
            }
        }
        var tally = Selector.Tally(state);
        var truth = Judge(tally);
        if (truth != Truth.Pending)
            return new Explained(truth, steps is null ? null : Step(tally, truth, steps), (IReadOnlyList<Blocker>?)blockers ?? []);
        // Pending: every selected member still silent must support.
        var awaited = Explained.SilentMembers(state, Selector.Includes);
        return new Explained(truth, steps is null ? null : Step(tally, truth, steps), [], awaited,
            [UnblockOption.AllSupport([.. awaited.Select(i => state.Members[i])])]);
    }

    private Blocker AbstentionBlocker(MemberSymbol member, Location? position) =>
        new(member, BlockerKind.Abstention, position, Location, new[] { UnblockOption.ChangeOfPosition(member, UnblockOption.OptionWords.Supports) }, null);

    private Explanation Step(Tallies tally, Truth truth, List<Explanation> steps)
    {
        var policy = AbstentionAllowed ? "allowed" : "breaks it";
        return Explanation.Of((policy, tally, Selector.Words), static v => $"unanimity (abstention {v.policy}): "
            + $"{v.tally.Supports} of {v.tally.Members} " + (v.Words.Length == 0 ? "members" : v.Words)
            + $" support, {v.tally.Objections} object, {v.tally.Abstentions} abstain, {v.tally.Silent} silent", truth.ToText(), Location, [], steps);
    }
}

/// <summary><c>no veto [from SELECTOR]</c>: no veto holder objects; abstaining or absent holders do not veto.</summary>
internal sealed class BoundNoVeto(SyntaxNode syntax, BoundSelector holders) : BoundCondition(syntax)
{
    public BoundSelector Holders { get; } = holders;

    public override Truth Evaluate(EvaluationState state)
    {
        for (var i = 0; i < state.Members.Length; i++)
            if (state.Stances[i] == Stance.Objects && Holders.Includes(state, i))
                return Truth.False;
        return Truth.True;
    }

    public override Explained Explain(EvaluationState state)
    {
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!Holders.Includes(state, i))
                continue;
            var stance = state.Stances[i];
            if (stance == Stance.Objects)
            {
                if (state.BuildsBlockers)
                    (blockers ??= []).Add(StanceBlockers.ForObjection(state, i, BlockerKind.Veto, this));
                steps?.Add(StanceBlockers.MemberStep(state, i, "veto"));
            }
            else
            {
                steps?.Add(StanceBlockers.MemberStep(state, i, stance == Stance.Supports ? "supports" : "does not veto"));
            }
        }
        var truth = Evaluate(state);
        return new Explained(truth, steps is null ? null : Step(truth, steps), (IReadOnlyList<Blocker>?)blockers ?? []);
    }

    private Explanation Step(Truth truth, List<Explanation> steps)
    {
        return Holders.IsEveryone
            ? new Explanation("no veto (every member holds a veto)", truth.ToText(), Location, [], steps)
            : Explanation.Of(Holders.Words, static words => $"no veto (veto holders: {words})", truth.ToText(), Location, [], steps);
    }
}

/// <summary><c>no backing of rivals</c>: a member that backs a rival candidate still running does not join consensus on this one.</summary>
internal sealed class BoundNoRivalBacking(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) => FindBackings(state, null) ? Truth.False : Truth.True;

    /// <summary>
    /// Whether a member that counts and does not support the candidate backs a running rival; with
    /// <paramref name="into"/>, lists each such member's first rival in the order the facts declare
    /// them, in member order. Rivals outer, members inner: one look-up of each rival's positions.
    /// </summary>
    private static bool FindBackings(EvaluationState state, List<(int Index, CandidateSymbol Rival, PositionFact Backing)>? into)
    {
        var found = false;
        var factsSets = state.Decision.Facts;
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

    public override Explained Explain(EvaluationState state)
    {
        List<Blocker>? blockers = null;
        var steps = state.BuildsSteps ? new List<Explanation>() : null;
        var backings = new List<(int Index, CandidateSymbol Rival, PositionFact Backing)>();
        FindBackings(state, backings);
        foreach (var (i, rival, backing) in backings)
        {
            var member = state.Members[i];
            if (state.BuildsBlockers)
                (blockers ??= []).Add(RivalBlocker(member, rival, state.Candidate, backing));
            steps?.Add(RivalStep(member, rival, backing));
        }
        var truth = backings.Count == 0 ? Truth.True : Truth.False;
        return new Explained(truth, steps is null ? null : new Explanation("no member backs a running rival", truth.ToText(), Location, [], steps),
            (IReadOnlyList<Blocker>?)blockers ?? []);
    }

    // Lambdas only in methods of their own: one that captures a loop's variables would allocate on every turn of the loop.
    private static Explanation RivalStep(MemberSymbol member, CandidateSymbol rival, PositionFact backing) =>
        Explanation.Of((member, rival, backing), static v => $"{v.member.Name} supports the rival {v.rival.Name} since {Dates.Iso(v.backing.Date)}",
            "withholds consensus", null, [backing.Location], []);

    private Blocker RivalBlocker(MemberSymbol member, CandidateSymbol rival, CandidateSymbol candidate, PositionFact backing) =>
        new(member, BlockerKind.RivalBacking, backing.Location, Location,
            new[]
            {
                UnblockOption.Withdrawal(rival.Name),
                UnblockOption.ChangeOfPosition(member, UnblockOption.OptionWords.SupportsCandidate, candidate.Name),
            },
            rival.Name);
}
