using System.Globalization;
using System.Numerics;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>
/// A threshold on supporters. Arithmetic is exact (integers and decimals, never floating point):
/// 55% of 27 members is 15. A threshold that fails is still pending while the silent members could
/// reach it, and is deemed met when the decision's blocking minority did not form.
/// </summary>
internal abstract class BoundThreshold(SyntaxNode syntax) : BoundCondition(syntax)
{
    /// <summary>
    /// What supporters reach, what silent members could add, and what is required, on the state's date;
    /// <c>Of</c> is what the requirement is a share of (the members that count, the attribute's total), for the words.
    /// </summary>
    protected abstract (decimal Actual, decimal Potential, decimal Required, decimal Of) Measure(EvaluationState state);

    /// <summary>The numbers in words, made when read.</summary>
    public abstract string Describe(decimal actual, decimal required, decimal of);

    /// <summary>What the numbers count: <c>supports</c>, <c>members</c>, or the attribute summed (<c>population</c>).</summary>
    public abstract string Unit { get; }

    /// <summary>
    /// The boolean path's measure in whole numbers, scaled alike on all three sides, when the threshold
    /// allows it (whole or hundredth percentages, whole attribute values); false to measure in decimals.
    /// Decimal arithmetic was most of the time a qualified-majority decision took.
    /// </summary>
    protected virtual bool TryMeasureWhole(EvaluationState state, out Int128 actual, out Int128 potential, out Int128 required)
    {
        (actual, potential, required) = (0, 0, 0);
        return false;
    }

    public override Truth Evaluate(EvaluationState state)
    {
        if (!TryMeasureWhole(state, out var actual, out var potential, out var required))
            return Judge(state, out _, out _, out _, out _);
        return Deem(state, actual >= required ? Truth.True : potential >= required ? Truth.Pending : Truth.False, out _);
    }

    private Truth Judge(EvaluationState state, out bool deemed, out decimal actual, out decimal required, out decimal of)
    {
        (actual, var potential, required, of) = Measure(state);
        return Deem(state, actual >= required ? Truth.True : potential >= required ? Truth.Pending : Truth.False, out deemed);
    }

    private static Truth Deem(EvaluationState state, Truth truth, out bool deemed)
    {
        deemed = truth != Truth.True && state.Decision.BlockingMinority is { } minority && state.Counted - state.Supports < minority;
        return deemed ? Truth.True : truth;
    }

    /// <summary><paramref name="percent"/> in hundredths of a percent, if it is a whole number of them.</summary>
    protected static long? InHundredths(decimal percent)
    {
        var hundredths = percent * 100m;
        return hundredths == decimal.Truncate(hundredths) && Math.Abs(hundredths) < 1e15m ? (long)hundredths : null;
    }

    public override Explained Explain(EvaluationState state)
    {
        var truth = Judge(state, out var deemed, out var actual, out var required, out var of);
        var result = new ThresholdResult(this, truth == Truth.True, deemed, actual, required, of,
            state.Counted - state.Supports, state.Decision.BlockingMinority) { Pending = truth == Truth.Pending };
        state.RecordThreshold(result);
        var step = state.BuildsSteps ? Step(result, truth) : null;
        return truth switch
        {
            // Not reached even if every silent member supported: the threshold itself blocks.
            Truth.False => new Explained(truth, step, state.BuildsBlockers ? [Blocker.ForThreshold(result)] : []),
            // Still reachable: it waits for the silent members that count.
            Truth.Pending => new Explained(truth, step, [], Explained.SilentMembers(state, static (s, i) => s.Counts[i])),
            _ => new Explained(truth, step, []),
        };
    }

    private Explanation Step(ThresholdResult result, Truth truth) =>
        Explanation.Of(result, static r => $"{r.Description}: {r.Text}", truth.ToText(), Location, [], []);

    protected static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}

/// <summary><c>at least N supports</c>.</summary>
internal sealed class BoundCountThreshold(SyntaxNode syntax, long count) : BoundThreshold(syntax)
{
    public long Count { get; } = count;

    protected override (decimal, decimal, decimal, decimal) Measure(EvaluationState state) =>
        (state.Supports, state.Supports + state.Silent, Count, state.Counted);

    protected override bool TryMeasureWhole(EvaluationState state, out Int128 actual, out Int128 potential, out Int128 required)
    {
        (actual, potential, required) = (state.Supports, state.Supports + state.Silent, Count);
        return true;
    }

    public override string Describe(decimal actual, decimal required, decimal of) =>
        $"{Number(actual)} of {Number(required)} required supports";

    public override string Unit => "supports";
}

/// <summary><c>at least P% of members</c>: the count required is P% of the members that count, rounded up.</summary>
internal sealed class BoundMemberShareThreshold(SyntaxNode syntax, decimal percent) : BoundThreshold(syntax)
{
    public decimal Percent { get; } = percent;

    // In whole numbers when it can be (decimal division is slow), exactly as in decimals otherwise.
    protected override (decimal, decimal, decimal, decimal) Measure(EvaluationState state) =>
        (state.Supports, state.Supports + state.Silent,
            Required(state) is { } required ? (decimal)required : decimal.Ceiling(Percent * state.Counted / 100m), state.Counted);

    private readonly long? _hundredths = InHundredths(percent);

    protected override bool TryMeasureWhole(EvaluationState state, out Int128 actual, out Int128 potential, out Int128 required)
    {
        (actual, potential, required) = (state.Supports, state.Supports + state.Silent, 0);
        if (Required(state) is not { } whole)
            return false;
        required = whole;
        return true;
    }

    // The count required is ceil(hundredths * counted / 10,000), in integers, when the percentage is whole hundredths.
    private Int128? Required(EvaluationState state) =>
        _hundredths is { } hundredths && hundredths >= 0 ? ((Int128)hundredths * state.Counted + 9_999) / 10_000 : null;

    public override string Describe(decimal actual, decimal required, decimal of) =>
        $"{Number(actual)} of {Number(required)} required members ({Number(Percent)}% of {of})";

    public override string Unit => "members";
}

/// <summary><c>at least P% of ATTRIBUTE</c>: the supporters' share of a numeric attribute, such as population.</summary>
internal sealed class BoundAttributeShareThreshold(SyntaxNode syntax, decimal percent, string attribute) : BoundThreshold(syntax)
{
    public decimal Percent { get; } = percent;

    public string Attribute { get; } = attribute;

    // The attribute of each member by member index, per body.
    private readonly PerBody<AttributeValues> _values = new(body => ValuesOf(body, attribute));

    /// <summary>The attribute of each member by index; <paramref name="Whole"/> holds them as integers when they all are (populations).</summary>
    private sealed record AttributeValues(decimal[] Values, long[]? Whole);

    private static AttributeValues ValuesOf(BodySymbol body, string attribute)
    {
        var values = new decimal[body.Members.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = body.Members[i].Numbers.GetValueOrDefault(attribute);
        // Whole numbers small enough that 100,000 of them cannot overflow a long are summed as longs.
        var whole = values.All(v => v == decimal.Truncate(v) && Math.Abs(v) < 1e13m) ? values.Select(v => (long)v).ToArray() : null;
        return new AttributeValues(values, whole);
    }

    private readonly long? _hundredths = InHundredths(percent);

    // supporting * 100 >= percent * total, both sides times 100 again: supporting * 10,000 >= hundredths * total.
    protected override bool TryMeasureWhole(EvaluationState state, out Int128 actual, out Int128 potential, out Int128 required)
    {
        (actual, potential, required) = (0, 0, 0);
        if (_hundredths is not { } hundredths || _values.For(state.Decision.Body).Whole is not { } whole)
            return false;
        var (total, supporting, silent) = Sums(state, whole);
        (actual, potential, required) = ((Int128)supporting * 10_000, ((Int128)supporting + silent) * 10_000, (Int128)hundredths * total);
        return true;
    }

    // One loop for whole values (longs: exact and much faster) and for the rest (decimals).
    private static (T Total, T Supporting, T Silent) Sums<T>(EvaluationState state, T[] values) where T : INumber<T>
    {
        T total = T.Zero, supporting = T.Zero, silent = T.Zero;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!state.Counts[i])
                continue;
            var value = values[i];
            total += value;
            if (state.Stances[i] == Stance.Supports)
                supporting += value;
            else if (state.Stances[i] == Stance.Silent)
                silent += value;
        }
        return (total, supporting, silent);
    }

    protected override (decimal, decimal, decimal, decimal) Measure(EvaluationState state)
    {
        var values = _values.For(state.Decision.Body);
        decimal total, supporting, silent;
        if (values.Whole is { } whole)
            (total, supporting, silent) = Sums(state, whole);
        else
            (total, supporting, silent) = Sums(state, values.Values);
        // In the attribute's own units: the sum reached and the sum required, percent × total / 100, which
        // decimal division by 100 gives exactly (65% of 448,387,872 is 291,452,116.8).
        return (supporting, supporting + silent, Percent * total / 100m, total);
    }

    public override string Describe(decimal actual, decimal required, decimal of)
    {
        var share = of == 0 ? 0 : actual * 100m / of;
        return $"{share.ToString("0.0", CultureInfo.InvariantCulture)}% of {Number(Percent)}% required {Attribute} "
            + $"({Number(actual)} of {Number(of)})";
    }

    public override string Unit => Attribute;
}
