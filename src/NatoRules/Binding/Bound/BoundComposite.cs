using NatoRules.Evaluation;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary><c>and</c>, <c>all(...)</c>, <c>or</c> and <c>any(...)</c> over bound operands.</summary>
internal sealed class BoundComposite(SyntaxNode syntax, bool isAll, BoundCondition[] operands) : BoundCondition(syntax)
{
    public bool IsAll { get; } = isAll;

    public BoundCondition[] Operands { get; } = operands;

    public override Truth Evaluate(EvaluationState state)
    {
        var result = IsAll ? Truth.True : Truth.False;
        foreach (var operand in Operands)
        {
            state.Charge();
            var truth = operand.Evaluate(state);
            result = IsAll ? result.And(truth) : result.Or(truth);
            if (IsAll ? result == Truth.False : result == Truth.True)
                break;
        }
        return result;
    }

    public override Explained Explain(EvaluationState state)
    {
        var result = IsAll ? Truth.True : Truth.False;
        var steps = state.BuildsSteps ? new List<Explanation>(Operands.Length) : null;
        // The members that make a conjunction fail are those of its operands that fail as it does
        // (false, or pending); a disjunction fails only if every operand does, and lifting the
        // blockers of any one would do. Kept in operand order.
        // Usually one operand fails: its own list, until a second one adds to it.
        BlockerJoin ofFalse = default, ofPending = default, ofAny = default;
        List<int>? awaited = null;
        List<UnblockOption>? needs = null;
        foreach (var operand in Operands)
        {
            state.Charge();
            var child = operand.Explain(state);
            steps?.Add(child.Step!);
            result = IsAll ? result.And(child.Truth) : result.Or(child.Truth);
            if (child.Truth == Truth.Pending)
            {
                if (child.Awaited is { Count: > 0 } waits)
                    (awaited ??= []).AddRange(waits);
                if (child.Needs is { Count: > 0 } more)
                    (needs ??= []).AddRange(more);
            }
            if (child.Blockers.Count == 0)
                continue;
            if (!IsAll)
                ofAny.Add(child.Blockers);
            else if (child.Truth == Truth.False)
                ofFalse.Add(child.Blockers);
            else if (child.Truth == Truth.Pending)
                ofPending.Add(child.Blockers);
        }
        var blockers = (result, IsAll) switch
        {
            (Truth.True, _) => [],
            (_, false) => ofAny.Result ?? [],
            (Truth.False, true) => ofFalse.Result ?? [],
            _ => ofPending.Result ?? [],
        };
        var step = steps is null ? null : new Explanation(IsAll ? "all of" : "any of", result.ToText(), Location, [], steps);
        return result == Truth.Pending
            ? new Explained(result, step, blockers, awaited, needs)
            : new Explained(result, step, blockers);
    }

    public override IEnumerable<BoundCondition> DescendantsAndSelf() => [this, .. Operands.SelectMany(o => o.DescendantsAndSelf())];
}

/// <summary><c>not</c>.</summary>
internal sealed class BoundNot(SyntaxNode syntax, BoundCondition operand) : BoundCondition(syntax)
{
    public BoundCondition Operand { get; } = operand;

    public override Truth Evaluate(EvaluationState state)
    {
        state.Charge();
        return Operand.Evaluate(state).Not();
    }

    public override Explained Explain(EvaluationState state)
    {
        state.Charge();
        var inner = Operand.Explain(state);
        var truth = inner.Truth.Not();
        // Still waiting for the same members; what would meet the operand would not meet its negation.
        return new Explained(truth, inner.Step is { } step ? Step(step, truth) : null, [], truth == Truth.Pending ? inner.Awaited : null);
    }

    // `candidate is not withdrawn` is one piece of syntax for both the negation and its operand.
    private Explanation Step(Explanation inner, Truth truth) => ReferenceEquals(Syntax, Operand.Syntax)
        ? new Explanation(Text, truth.ToText(), Location, [], [inner])
        : Explanation.Of(Operand, static operand => $"not ({operand.Text})", truth.ToText(), Location, [], [inner]);

    public override IEnumerable<BoundCondition> DescendantsAndSelf() => [this, .. Operand.DescendantsAndSelf()];
}

/// <summary>A reference to a named rule.</summary>
internal sealed class BoundRuleReference(SyntaxNode syntax, RuleSymbol rule) : BoundCondition(syntax)
{
    public RuleSymbol Rule { get; } = rule;

    // Each rule is evaluated once per evaluation, however often it is named: rules that each name the
    // next twice would otherwise take time exponential in their depth.
    public override Truth Evaluate(EvaluationState state)
    {
        state.Charge();
        if (state.RuleTruth(Rule.Ordinal) is { } known)
            return known;
        var truth = Rule.Condition.Evaluate(state);
        state.RememberRule(Rule.Ordinal, truth);
        return truth;
    }

    public override Explained Explain(EvaluationState state)
    {
        state.Charge();
        if (state.RuleExplained(Rule.Ordinal) is { } known && (known.Step is not null || !state.BuildsSteps))
        {
            // Named again: the same result, and a step that points back instead of repeating the tree.
            return known with
            {
                Step = known.Step is null ? null : Explanation.Of(Rule, static rule => $"rule {rule.Name} (as above)", known.Truth.ToText(), Location, [], []),
            };
        }
        var inner = Rule.Condition.Explain(state);
        var explained = new Explained(inner.Truth,
            inner.Step is { } step ? Explanation.Of(Rule, static rule => $"rule {rule.Name}", inner.Truth.ToText(), Location, [], [step]) : null,
            inner.Blockers, inner.Awaited, inner.Needs);
        state.RememberRule(Rule.Ordinal, explained);
        return explained;
    }
}

/// <summary>A condition that failed to bind; it is never evaluated, since its compilation has errors.</summary>
internal sealed class BoundError(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) => Truth.False;

    public override Explained Explain(EvaluationState state) =>
        new(Truth.False, state.BuildsSteps ? new Explanation(Text, "error", Location, [], []) : null, []);
}
