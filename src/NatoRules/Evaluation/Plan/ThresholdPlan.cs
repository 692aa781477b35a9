using System.Globalization;
using System.Numerics;
using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>What a threshold counts.</summary>
internal enum ThresholdMeasure : byte
{
    /// <summary><c>at least N supports</c>.</summary>
    Count,

    /// <summary><c>at least P% of members</c>: a share of the members that count, rounded up to whole members.</summary>
    MemberShare,

    /// <summary><c>at least P% of ATTRIBUTE</c>: the supporters' sum of an attribute against a share of its total, not rounded.</summary>
    AttributeShare,
}

/// <summary>
/// A threshold lowered for one body, compared in integers: the share as a fraction in lowest terms
/// (55% is 11/20), in 64- and 128-bit integers when it and the attribute's values are small enough,
/// and in arbitrary precision otherwise. Never floating point, never a rounded percentage.
/// </summary>
internal sealed class ThresholdPlan : PlanNode
{
    // The share's numerator and denominator as 32-bit values (0 when they do not fit): counts up to 2^31
    // times them fit in 64 bits, and attribute sums up to 2^63 times them in 128.
    private readonly long _numerator, _denominator;
    private readonly bool _small;

    // An attribute's values by member index: whole numbers whose absolute total fits in 63 bits, or all
    // values times 10^_scale (the largest number of decimal places among them) in arbitrary precision.
    private readonly long[]? _whole;
    private readonly BigInteger[]? _scaled;
    private readonly BigInteger _scaleFactor = BigInteger.One;

    public ThresholdPlan(BoundThreshold bound, BodySymbol body) : base(PlanKind.Threshold, bound)
    {
        switch (bound)
        {
            case BoundCountThreshold count:
                Measure = ThresholdMeasure.Count;
                Count = count.Required;
                Unit = bound.Counts switch
                {
                    ThresholdCounts.Present => "members present",
                    ThresholdCounts.Objectors => "objections",
                    _ => "supports",
                };
                break;
            case BoundMemberShareThreshold members:
                Measure = ThresholdMeasure.MemberShare;
                (Share, Words, Strict, Basis, BasisWords) = (members.Share, members.Words, members.Strict, members.Basis, members.BasisWords);
                Unit = bound.Counts switch
                {
                    ThresholdCounts.Present => "members present",
                    ThresholdCounts.Objectors => "members against",
                    ThresholdCounts.DeclaredAbstainers => "members abstaining with a declaration",
                    _ => members.Basis == ThresholdBasis.Members ? "members" : "supports",
                };
                Selection = members.Selector is { } selector ? new SelectorPlan(selector, body) : null;
                break;
            case BoundAttributeShareThreshold attribute:
                Measure = ThresholdMeasure.AttributeShare;
                (Share, Words, Strict, Attribute, Basis) = (attribute.Share, attribute.Words, attribute.Strict, attribute.Attribute, attribute.Basis);
                if (attribute.Basis == ThresholdBasis.Voting)
                    BasisWords = $"votes cast by {attribute.Attribute}";
                Unit = attribute.Attribute;
                (_whole, _scaled, _scaleFactor) = ValuesOf(body, attribute.Attribute);
                break;
            default:
                throw new ArgumentException($"Unknown threshold {bound.GetType().Name}.", nameof(bound));
        }
        _small = Share.TryGetSmall(out _numerator, out _denominator);
        Counts = bound.Counts;
    }

    /// <summary>Whom it counts: the supporters, the objectors, the members abstaining with a declaration, or for a quorum those present.</summary>
    public ThresholdCounts Counts { get; }

    /// <summary>Whether it counts supporters, so more support reaches it.</summary>
    public bool CountsSupporters => Counts == ThresholdCounts.Supporters;

    /// <summary>Whether it counts the members against or abstaining with a declaration: once reached, they block a <c>not</c> over it.</summary>
    public bool CountsDissenters => Counts is ThresholdCounts.Objectors or ThresholdCounts.DeclaredAbstainers;

    /// <summary>For a share of members: which members it is a share of.</summary>
    public ThresholdBasis Basis { get; }

    /// <summary>For a share of members: the basis as written (<c>members present and voting</c>, <c>votes cast</c>).</summary>
    public string BasisWords { get; } = "members";

    // What is counted (supporters, or for a quorum the members present) now, and at most once the silent members take positions.
    private (long Actual, long Potential) Counted(EvaluationState state)
    {
        if (Selection is { } selection)
            return CountedAmong(selection, state);
        var actual = Counts switch
        {
            ThresholdCounts.Present => state.Present,
            ThresholdCounts.Objectors => state.Objections,
            ThresholdCounts.DeclaredAbstainers => state.DeclaredAbstentions,
            _ => state.Supports,
        };
        return (actual, actual + state.Silent);
    }

    /// <summary>For a share of selected members: the members it selects in this evaluation, and among them those it counts (named positions only).</summary>
    public SelectorPlan? Selection { get; }

    private (long Actual, long Potential) CountedAmong(SelectorPlan selection, EvaluationState state)
    {
        var tally = ConditionEvaluator.Tally(selection, state);
        var actual = Counts switch
        {
            ThresholdCounts.Objectors => tally.Objections,
            ThresholdCounts.DeclaredAbstainers => DeclaredAmong(selection, state),
            _ => tally.Supports,
        };
        return (actual, actual + tally.Silent);
    }

    private static int DeclaredAmong(SelectorPlan selection, EvaluationState state)
    {
        var declared = 0;
        for (var i = 0; i < state.Members.Length; i++)
            if (ConditionEvaluator.Includes(selection, state, i) && state.IsDeclared(i))
                declared++;
        return declared;
    }

    /// <summary>
    /// The members a share is of. For members present, or present and voting, the silent members are counted in: the
    /// share is reached for certain only if it holds when every one of them comes and votes against, and a silent member's
    /// support raises the count by as much as the basis, so that is also the basis against which it could still be reached.
    /// </summary>
    private long BasisCount(EvaluationState state)
    {
        if (Selection is { } selection)
        {
            var tally = ConditionEvaluator.Tally(selection, state);
            return Basis switch
            {
                ThresholdBasis.Members => tally.Members,
                ThresholdBasis.Present => tally.Present + tally.Silent,
                _ => tally.Supports + tally.Objections + tally.Silent,
            };
        }
        return Basis switch
        {
            ThresholdBasis.Members => state.Counted,
            ThresholdBasis.Present => state.Present + state.Silent,
            _ => state.Supports + state.Objections + state.Silent,
        };
    }

    public ThresholdMeasure Measure { get; }

    /// <summary>For an attribute share: each member's value scaled to a whole number (by member index), exactly; the
    /// scaled values when the attribute has decimals. For the analysis of voting power.</summary>
    internal BigInteger[] WholeValues => _scaled ?? Array.ConvertAll(_whole!, v => (BigInteger)v);

    /// <summary>For <see cref="ThresholdMeasure.Count"/>: the supports required (one more than N for <c>more than N supports</c>).</summary>
    public long Count { get; }

    /// <summary>For a share: the fraction required, exactly.</summary>
    public Rational Share { get; }

    /// <summary>For a share: whether more than it is required (<c>more than half</c>), not at least it.</summary>
    public bool Strict { get; }

    /// <summary>For a share: the share as written, for the words (<c>55%</c>, <c>2/3</c>, <c>half</c>).</summary>
    public string Words { get; } = "";

    /// <summary>For an attribute share: the attribute summed.</summary>
    public string? Attribute { get; }

    /// <summary>What the numbers count: <c>supports</c>, <c>members</c>, or the attribute summed (<c>population</c>).</summary>
    public string Unit { get; }

    private static (long[]? Whole, BigInteger[]? Scaled, BigInteger ScaleFactor) ValuesOf(BodySymbol body, string attribute)
    {
        var values = Array.ConvertAll(body.MemberArray, m => m.Numbers.GetValueOrDefault(attribute));
        if (values.All(v => v == decimal.Truncate(v)))
        {
            var absoluteTotal = BigInteger.Zero;
            foreach (var value in values)
                absoluteTotal += BigInteger.Abs(new BigInteger(value));
            if (absoluteTotal <= long.MaxValue)
                return (Array.ConvertAll(values, v => (long)v), null, BigInteger.One);
        }
        var scale = values.Length == 0 ? 0 : values.Max(v => v.Scale);
        var factor = BigInteger.Pow(10, scale);
        return (null, Array.ConvertAll(values, v => Rational.FromDecimal(v) is var r ? r.Numerator * (factor / r.Denominator) : default), factor);
    }

    /// <summary>
    /// Whether the supporters reach the threshold (<see cref="Truth.True"/>), could still with the silent
    /// members that count (<see cref="Truth.Pending"/>), or cannot (<see cref="Truth.False"/>), before any
    /// blocking minority is considered. Allocates nothing unless a share or an attribute is too large for 128 bits.
    /// </summary>
    public Truth Reached(EvaluationState state)
    {
        var (supports, potential) = Counted(state);
        switch (Measure)
        {
            case ThresholdMeasure.Count:
                return Judge(supports, potential, Count);
            case ThresholdMeasure.MemberShare:
                var basis = BasisCount(state);
                var truth = Judge(supports, potential, RequiredMembers(basis));
                return truth != Truth.True && IsTie(state, supports, basis) ? CastingVote(state) : truth;
            default:
                if (_whole is { } whole && _small)
                {
                    var (total, supporting, silent) = Sums(state, whole, Basis, Counts);
                    Int128 required = (Int128)_numerator * total;
                    return Judge((Int128)supporting * _denominator, ((Int128)supporting + silent) * _denominator, required, Strict);
                }
                var (bigTotal, bigSupporting, bigSilent) = Sums(state, _scaled ?? Array.ConvertAll(_whole!, v => (BigInteger)v), Basis, Counts);
                var bigRequired = Share.Numerator * bigTotal;
                return Judge(bigSupporting * Share.Denominator, (bigSupporting + bigSilent) * Share.Denominator, bigRequired, Strict);
        }
    }

    /// <summary>
    /// Whether the chair's casting vote decides this threshold: a majority (more than half) of members tied at exactly
    /// half, with no one left to take a position, in a decision whose ties the chair breaks.
    /// </summary>
    public bool TieBroken(EvaluationState state) =>
        Measure == ThresholdMeasure.MemberShare && IsTie(state, Counted(state).Actual, BasisCount(state));

    private bool IsTie(EvaluationState state, long counted, long basis) =>
        Strict && _small && _numerator == 1 && _denominator == 2 && CountsSupporters
        && state.Plan.CastingVote >= 0 && state.Silent == 0 && counted * 2 == basis;

    // The chair's vote for carries a tie; against, abstaining or absent, the tie fails.
    private static Truth CastingVote(EvaluationState state) =>
        state.Stances[state.Plan.CastingVote] == Stance.Supports ? Truth.True : Truth.False;

    // Counts are judged against a whole number required (strictness folded into it); sums against the share, strictly or not.
    private static Truth Judge<T>(T actual, T potential, T required, bool strict = false) where T : INumber<T> =>
        Reaches(actual, required, strict) ? Truth.True : Reaches(potential, required, strict) ? Truth.Pending : Truth.False;

    private static bool Reaches<T>(T value, T required, bool strict) where T : INumber<T> => strict ? value > required : value >= required;

    // The members required: the fewest whose count reaches the share of those that count, ceil(n × counted / d),
    // or, for more than the share, exceeds it, floor(n × counted / d) + 1.
    internal long RequiredMembers(long counted)
    {
        if (_small)
            return Strict ? _numerator * counted / _denominator + 1 : (_numerator * counted + _denominator - 1) / _denominator;
        var product = Share.Numerator * counted;
        var (quotient, remainder) = BigInteger.DivRem(product, Share.Denominator);
        return (long)(Strict ? quotient + 1 : remainder.Sign > 0 ? quotient + 1 : quotient);
    }

    // One loop for whole values (longs: exact and fast) and for the rest (scaled to whole numbers in arbitrary precision).
    // Over the votes cast, the total is the weight of those for and against, and of the silent (who may yet vote
    // against: the share is reached for certain only if it holds when they do).
    // `supporting` sums those the threshold counts: the supporters, the objectors, or the members abstaining with a declaration.
    private static (T Total, T Supporting, T Silent) Sums<T>(EvaluationState state, T[] values, ThresholdBasis basis, ThresholdCounts counts) where T : INumber<T>
    {
        T total = T.Zero, supporting = T.Zero, silent = T.Zero;
        var cast = basis == ThresholdBasis.Voting;
        var counted = counts switch
        {
            ThresholdCounts.Objectors => Stance.Objects,
            ThresholdCounts.DeclaredAbstainers => Stance.Abstains,
            _ => Stance.Supports,
        };
        var declared = counts == ThresholdCounts.DeclaredAbstainers;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!state.Counts[i])
                continue;
            var value = values[i];
            var stance = state.Stances[i];
            if (!cast || stance is Stance.Supports or Stance.Objects or Stance.Silent)
                total += value;
            if (stance == counted && (!declared || state.IsDeclared(i)))
                supporting += value;
            else if (stance == Stance.Silent)
                silent += value;
        }
        return (total, supporting, silent);
    }

    /// <summary>
    /// The numbers for a verdict, in <see cref="Unit"/>: what the supporters reach, what is required,
    /// and what the requirement is a share of (the members that count, the attribute's total over them).
    /// </summary>
    public (decimal Actual, decimal Required, decimal Of) Numbers(EvaluationState state)
    {
        switch (Measure)
        {
            case ThresholdMeasure.Count:
                return (Counted(state).Actual, Count, state.Counted);
            case ThresholdMeasure.MemberShare:
                var basis = BasisCount(state);
                return (Counted(state).Actual, RequiredMembers(basis), basis);
            default:
                if (_whole is { } whole)
                {
                    var (wholeTotal, wholeSupporting, _) = Sums(state, whole, Basis, Counts);
                    var required = _small ? ToDecimal((Int128)_numerator * wholeTotal, _denominator) : ToDecimal(Share.Numerator * wholeTotal, Share.Denominator);
                    return (wholeSupporting, required, wholeTotal);
                }
                var (total, supporting, _) = Sums(state, _scaled!, Basis, Counts);
                return (ToDecimal(supporting, _scaleFactor), ToDecimal(Share.Numerator * total, Share.Denominator * _scaleFactor),
                    ToDecimal(total, _scaleFactor));
        }
    }

    /// <summary>
    /// <paramref name="numerator"/> / <paramref name="denominator"/> as a decimal, for the words and the
    /// verdict's numbers (the comparison is made in integers): exact whenever a decimal can hold it, which
    /// a share of whole or decimal values always can unless it is too large for one; then the nearest.
    /// </summary>
    private static decimal ToDecimal(Int128 numerator, long denominator) =>
        Int128.Abs(numerator) <= (Int128)decimal.MaxValue ? (decimal)numerator / denominator : ToDecimal((BigInteger)numerator, denominator);

    private static decimal ToDecimal(BigInteger numerator, BigInteger denominator)
    {
        var limit = new BigInteger(decimal.MaxValue);
        if (BigInteger.Abs(numerator) <= limit && denominator <= limit)
            return (decimal)numerator / (decimal)denominator;
        var quotient = BigInteger.Divide(numerator, denominator);
        return BigInteger.Abs(quotient) > limit ? (quotient.Sign < 0 ? decimal.MinValue : decimal.MaxValue) : (decimal)quotient;
    }

    /// <summary>The numbers in words, made when read.</summary>
    public string Describe(decimal actual, decimal required, decimal of)
    {
        switch (Measure)
        {
            case ThresholdMeasure.Count:
                return $"{Number(actual)} of {Number(required)} required {Unit}";
            case ThresholdMeasure.MemberShare when Basis == ThresholdBasis.Members:
                return $"{Number(actual)} of {Number(required)} required {Unit} ({(Strict ? "more than " : "")}{Words} of {of}{(Selection is null ? "" : " " + BasisWords)})";
            case ThresholdMeasure.MemberShare:
                // The share of the basis, exactly where it is whole, else to two places: the count required is the next whole number.
                var exact = of * (decimal)Share.Numerator / (decimal)Share.Denominator;
                return $"{Number(actual)} of {Number(required)} required {Unit} ({(Strict ? "more than " : "")}{Words} of {of} {BasisWords}"
                    + $" is {(Strict ? "over " : "")}{Number(exact)})";
            default:
                var share = of == 0 ? 0 : actual * 100m / of;
                return $"{share.ToString("0.0", CultureInfo.InvariantCulture)}% of {(Strict ? "more than " : "")}{Words} required {Attribute}{WhomWords} "
                    + $"({Number(actual)} of {Number(of)}{(Basis == ThresholdBasis.Voting ? " cast" : "")})";
        }
    }

    // After an attribute's name: whose share of it is counted, when not the supporters'.
    private string WhomWords => Counts switch
    {
        ThresholdCounts.Objectors => " against",
        ThresholdCounts.DeclaredAbstainers => " abstaining with a declaration",
        _ => "",
    };

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
