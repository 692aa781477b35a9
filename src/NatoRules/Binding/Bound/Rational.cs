using System.Globalization;
using System.Numerics;

namespace NatoRules.Binding.Bound;

/// <summary>
/// An exact fraction in lowest terms with a positive denominator: the share a threshold asks for
/// (55% is 11/20). Thresholds compare in integers with it, never in floating point or rounded decimals.
/// </summary>
internal readonly record struct Rational
{
    private Rational(BigInteger numerator, BigInteger denominator)
    {
        var gcd = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (gcd > BigInteger.One)
            (numerator, denominator) = (numerator / gcd, denominator / gcd);
        (Numerator, Denominator) = denominator.Sign < 0 ? (-numerator, -denominator) : (numerator, denominator);
    }

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, reduced.</summary>
    /// <exception cref="DivideByZeroException">The denominator is zero.</exception>
    public static Rational Of(BigInteger numerator, BigInteger denominator) =>
        denominator.IsZero ? throw new DivideByZeroException() : new Rational(numerator, denominator);

    /// <summary>The decimal exactly: a decimal is a whole number over a power of ten.</summary>
    public static Rational FromDecimal(decimal value)
    {
        var scale = value.Scale;
        var unscaled = new BigInteger(decimal.Truncate(value * Pow10Decimal(scale)));
        return new Rational(unscaled, BigInteger.Pow(10, scale));
    }

    /// <summary>A percentage as the share it is: 55 is 11/20.</summary>
    public static Rational FromPercent(decimal percent)
    {
        var share = FromDecimal(percent);
        return Of(share.Numerator, share.Denominator * 100);
    }

    // 10^scale as a decimal, for scale up to 28 (a decimal's largest).
    private static decimal Pow10Decimal(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
            result *= 10m;
        return result;
    }

    /// <summary>Numerator and denominator as 32-bit integers, when both fit: the fast comparisons multiply them by counts and sums.</summary>
    public bool TryGetSmall(out long numerator, out long denominator)
    {
        var fits = BigInteger.Abs(Numerator) <= int.MaxValue && Denominator <= int.MaxValue;
        (numerator, denominator) = fits ? ((long)Numerator, (long)Denominator) : (0, 0);
        return fits;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Denominator.IsOne ? Numerator.ToString(CultureInfo.InvariantCulture) : $"{Numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";
}
