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
        IReadOnlyList<Blocker>? ofFalse = null, ofPending = null, ofAny = null;
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
                ofAny = Join(ofAny, child.Blockers);
            else if (child.Truth == Truth.False)
                ofFalse = Join(ofFalse, child.Blockers);
            else if (child.Truth == Truth.Pending)
                ofPending = Join(ofPending, child.Blockers);
        }
        var blockers = (result, IsAll) switch
        {
            (Truth.True, _) => [],
            (_, false) => ofAny ?? [],
            (Truth.False, true) => ofFalse ?? [],
            _ => ofPending ?? [],
        };
        var step = steps is null ? null : new Explanation(IsAll ? "all of" : "any of", result.ToText(), Location, [], steps);
        return result == Truth.Pending
            ? new Explained(result, step, blockers, awaited, needs)
            : new Explained(result, step, blockers);
    }

    /// <summary>The blockers kept so far and more: the second list itself while there is no first, as usually only one condition fails.</summary>
    internal static IReadOnlyList<Blocker> Join(IReadOnlyList<Blocker>? kept, IReadOnlyList<Blocker> more) =>
        kept is null ? more : [.. kept, .. more];

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

    public override Truth Evaluate(EvaluationState state)
    {
        state.Charge();
        return Rule.Condition.Evaluate(state);
    }

    public override Explained Explain(EvaluationState state)
    {
        state.Charge();
        var inner = Rule.Condition.Explain(state);
        return new Explained(inner.Truth,
            inner.Step is { } step ? Explanation.Of(Rule, static rule => $"rule {rule.Name}", inner.Truth.ToText(), Location, [], [step]) : null,
            inner.Blockers, inner.Awaited, inner.Needs);
    }
}

/// <summary>A condition that failed to bind; it is never evaluated, since its compilation has errors.</summary>
internal sealed class BoundError(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) => Truth.False;

    public override Explained Explain(EvaluationState state) =>
        new(Truth.False, state.BuildsSteps ? new Explanation(Text, "error", Location, [], []) : null, []);
}
