using System.Globalization;
using System.Numerics;
using NatoRules.Binding;

namespace NatoRules.Analysis;

/// <summary>An exact fraction in lowest terms, such as a power index: 421/2145.</summary>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator, positive.</param>
public readonly record struct Fraction(BigInteger Numerator, BigInteger Denominator)
{
    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, reduced; 0/1 when the denominator is zero.</summary>
    public static Fraction Of(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero)
            return new(BigInteger.Zero, BigInteger.One);
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (gcd.IsZero)
            gcd = BigInteger.One;
        var sign = denominator.Sign;
        return new(sign * numerator / gcd, sign * denominator / gcd);
    }

    /// <summary>The fraction as a decimal rounded half up to <paramref name="places"/> places, for reading: <c>0.196270</c>.</summary>
    public string ToDecimalString(int places = 6)
    {
        var scale = BigInteger.Pow(10, places);
        var scaled = (Numerator * scale * 2 + Denominator) / (Denominator * 2);
        var digits = BigInteger.Abs(scaled).ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
        return (scaled.Sign < 0 ? "-" : "") + digits[..^places] + (places > 0 ? "." + digits[^places..] : "");
    }

    /// <summary><c>421/2145</c>, or the whole number when the denominator is 1.</summary>
    public override string ToString() =>
        Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>One member's voting power in a decision read as a simple game.</summary>
/// <param name="Member">The member.</param>
/// <param name="Swings">The coalitions of the other members that lose without it and win with it (its Banzhaf score).</param>
/// <param name="Banzhaf">The absolute Banzhaf index: its swings over the 2^(n-1) coalitions of the others.</param>
/// <param name="NormalizedBanzhaf">Its swings over every member's: the normalized Banzhaf index.</param>
/// <param name="ShapleyShubik">The Shapley-Shubik index: the share of the orders of the members in which its vote turns a loss into a win.</param>
/// <param name="CanBlockAlone">Whether the others cannot win without it: it holds a veto.</param>
public sealed record MemberPower(MemberSymbol Member, BigInteger Swings, Fraction Banzhaf, Fraction NormalizedBanzhaf, Fraction ShapleyShubik,
    bool CanBlockAlone);

/// <summary>
/// A decision read as a simple game over the members that count on a date: each supports or objects, and a coalition wins
/// when the decision is approved with its members for and every other member against. Exact: every index is a fraction.
/// </summary>
public sealed class PowerAnalysis
{
    internal PowerAnalysis(DecisionSymbol decision, DateOnly asOf, IReadOnlyList<MemberPower> members, string method)
    {
        Decision = decision;
        AsOf = asOf;
        Members = members;
        Method = method;
    }

    /// <summary>The decision.</summary>
    public DecisionSymbol Decision { get; }

    /// <summary>The date whose members count.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Every member that counts, in the body's order, with its power.</summary>
    public IReadOnlyList<MemberPower> Members { get; }

    /// <summary>How the indices were computed, in words: every coalition enumerated, or coalitions by size when the members are alike.</summary>
    public string Method { get; }

    /// <summary>The winning coalitions, of the 2^n.</summary>
    public BigInteger WinningCoalitions { get; internal init; }

    /// <summary>The minimal winning coalitions: winning, and losing without any one of their members.</summary>
    public BigInteger MinimalWinningCoalitions { get; internal init; }

    /// <summary>The fewest members of a winning coalition.</summary>
    public int SmallestWinningSize { get; internal init; }

    /// <summary>Some minimal winning coalitions of the smallest size (up to five), for an enumerated game; empty when the members are alike (any of that size).</summary>
    public IReadOnlyList<IReadOnlyList<MemberSymbol>> SmallestMinimalWinning { get; internal init; } = [];

    /// <summary>The minimal blocking coalitions: whose members voting against defeat the decision, and not without any one of them.</summary>
    public BigInteger MinimalBlockingCoalitions { get; internal init; }

    /// <summary>The fewest members that can block.</summary>
    public int SmallestBlockingSize { get; internal init; }

    /// <summary>Some minimal blocking coalitions of the smallest size (up to five), for an enumerated game.</summary>
    public IReadOnlyList<IReadOnlyList<MemberSymbol>> SmallestMinimalBlocking { get; internal init; } = [];

    /// <summary>Whether no two disjoint coalitions both win (a coalition and its complement never both win).</summary>
    public bool IsProper { get; internal init; }

    /// <summary>Whether of a coalition and its complement one always wins: no decision is left blocked both ways.</summary>
    public bool IsStrong { get; internal init; }

    /// <summary>Whether the game is a weighted majority game; null when not determined (a rule of several conditions).</summary>
    public bool? IsWeighted { get; internal init; }

    /// <summary>What the game leaves out of the rule, in words.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];
}
