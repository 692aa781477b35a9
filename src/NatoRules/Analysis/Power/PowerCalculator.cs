using System.Numerics;
using NatoRules.Binding;

namespace NatoRules.Analysis.Power;

/// <summary>
/// Computes power indices and coalitions exactly: by enumerating every coalition into a bit set of wins (up to
/// <see cref="MaxEnumerated"/> players), then counting each member's swings 64 coalitions at a time; or, when the members
/// are alike, by coalition size with binomial coefficients, for any number of members.
/// </summary>
internal static class PowerCalculator
{
    /// <summary>The most players whose 2^n coalitions are enumerated: 2^28 bits is 32 MiB.</summary>
    public const int MaxEnumerated = 28;

    public static PowerAnalysis Analyze(CoalitionGame game, DecisionSymbol decision, DateOnly asOf)
    {
        if (!game.IsSymmetric && game.Count > MaxEnumerated)
            throw new NotSupportedException(
                $"{game.Count} members whose votes weigh differently are too many to enumerate (the limit is {MaxEnumerated})");
        var analysis = game.IsSymmetric ? BySize(game, decision, asOf) : Enumerated(game, decision, asOf);
        return game.Dummies.Length == 0 ? analysis : WithDummies(analysis, game);
    }

    // The members no condition names join with no power: each doubles every count of coalitions and of swings, and leaves
    // the minimal coalitions, the vetoes and every index of the others as they are.
    private static PowerAnalysis WithDummies(PowerAnalysis analysis, CoalitionGame game)
    {
        var factor = BigInteger.Pow(2, game.Dummies.Length);
        var zero = Fraction.Of(0, 1);
        var members = analysis.Members.Select(m => m with { Swings = m.Swings * factor })
            .Concat(game.Dummies.Select(d => new MemberPower(d, BigInteger.Zero, zero, zero, zero, false)))
            .OrderBy(m => m.Member.Index).ToList();
        var names = string.Join(", ", game.Dummies.Select(d => d.Name));
        return new PowerAnalysis(analysis.Decision, analysis.AsOf, members,
            $"{analysis.Method}, with {game.Dummies.Length} members no condition names set aside ({names})")
        {
            WinningCoalitions = analysis.WinningCoalitions * factor,
            MinimalWinningCoalitions = analysis.MinimalWinningCoalitions,
            SmallestWinningSize = analysis.SmallestWinningSize,
            SmallestMinimalWinning = analysis.SmallestMinimalWinning,
            MinimalBlockingCoalitions = analysis.MinimalBlockingCoalitions,
            SmallestBlockingSize = analysis.SmallestBlockingSize,
            SmallestMinimalBlocking = analysis.SmallestMinimalBlocking,
            IsProper = analysis.IsProper,
            IsStrong = analysis.IsStrong,
            IsWeighted = analysis.IsWeighted,
            Notes = analysis.Notes,
        };
    }

    // Bits of a word whose 6-bit position has j bits set, for j = 0..6: the coalition sizes within a word.
    private static readonly ulong[] SizeMasks = MakeSizeMasks();

    // Bits of a word whose position has bit i set, for i = 0..5.
    private static readonly ulong[] PositionMasks = [0xAAAAAAAAAAAAAAAA, 0xCCCCCCCCCCCCCCCC, 0xF0F0F0F0F0F0F0F0, 0xFF00FF00FF00FF00, 0xFFFF0000FFFF0000, 0xFFFFFFFF00000000];

    private static ulong[] MakeSizeMasks()
    {
        var masks = new ulong[7];
        for (var p = 0; p < 64; p++)
            masks[BitOperations.PopCount((uint)p)] |= 1UL << p;
        return masks;
    }

    private static PowerAnalysis Enumerated(CoalitionGame game, DecisionSymbol decision, DateOnly asOf)
    {
        var n = game.Count;
        var coalitions = 1L << n;
        var words = (int)Math.Max(1, coalitions >> 6);
        var valid = n >= 6 ? ulong.MaxValue : (1UL << (int)coalitions) - 1;
        var win = new ulong[words];
        if (n >= 6)
        {
            // A word of 64 coalitions at a time, in chunks over the cores.
            Parallel.For(0, (words + 4095) / 4096, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, chunk =>
            {
                var end = Math.Min(words, (chunk + 1) * 4096);
                for (var w = chunk * 4096; w < end; w++)
                    win[w] = game.WinsWord((ulong)w);
            });
        }
        else
        {
            for (var p = 0; p < coalitions; p++)
                if (game.Wins((ulong)p))
                    win[0] |= 1UL << p;
        }

        // Swings by the size of the coalition of the others: member i swings coalition S (i in S) when S wins and S without i loses.
        var swings = new long[n, n];
        var minimal = (ulong[])win.Clone();   // winning, and losing without any one member
        var maximalLosing = new ulong[words]; // losing, and winning with any one more
        for (var w = 0; w < words; w++)
            maximalLosing[w] = ~win[w] & valid;
        for (var i = 0; i < n; i++)
        {
            if (i >= 6)
            {
                var b = 1 << (i - 6);
                for (var w = 0; w < words; w++)
                {
                    if ((w & b) == 0)
                    {
                        maximalLosing[w] &= win[w | b];
                        continue;
                    }
                    var m = win[w] & ~win[w ^ b];
                    minimal[w] &= ~win[w ^ b];
                    AddBySize(swings, i, m, BitOperations.PopCount((uint)w));
                }
            }
            else
            {
                var s = 1 << i;
                var withBit = PositionMasks[i];
                for (var w = 0; w < words; w++)
                {
                    var x = win[w];
                    var m = x & ~(x << s) & withBit;
                    minimal[w] &= ~((x << s) & withBit);
                    maximalLosing[w] &= ~(~withBit & ~(x >> s) & valid);
                    AddBySize(swings, i, m, BitOperations.PopCount((uint)w));
                }
            }
        }

        var winning = win.Sum(x => (long)BitOperations.PopCount(x));
        var (proper, strong) = ProperAndStrong(win, n, coalitions);

        var members = Powers(game, swings, n);
        var (minimalCount, smallestWinning, winningExamples) = Smallest(game, minimal, complement: false);
        var (blockingCount, smallestBlocking, blockingExamples) = Smallest(game, maximalLosing, complement: true);
        return new PowerAnalysis(decision, asOf, members, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"every one of the {coalitions:N0} coalitions"))
        {
            WinningCoalitions = winning,
            MinimalWinningCoalitions = minimalCount,
            SmallestWinningSize = smallestWinning,
            SmallestMinimalWinning = winningExamples,
            MinimalBlockingCoalitions = blockingCount,
            SmallestBlockingSize = smallestBlocking,
            SmallestMinimalBlocking = blockingExamples,
            IsProper = proper,
            IsStrong = strong,
            IsWeighted = game.Root is CoalitionGame.WeightNode or CoalitionGame.CountNode ? true : null,
            Notes = game.Notes,
        };
    }

    private static bool Bit(ulong[] bits, ulong coalition) => (bits[coalition >> 6] >> (int)(coalition & 63) & 1) != 0;

    // Proper: no coalition wins with its complement; strong: one of the two always wins. The complement of coalition
    // (w << 6 | p) is ((words - 1 - w) << 6 | (63 - p)): word w against the bits of word (words - 1 - w) reversed.
    private static (bool Proper, bool Strong) ProperAndStrong(ulong[] win, int n, long coalitions)
    {
        bool proper = true, strong = true;
        if (n < 6)
        {
            var full = (ulong)(coalitions - 1);
            for (var s = 0UL; s <= full; s++)
            {
                var (wins, complementWins) = (Bit(win, s), Bit(win, full ^ s));
                proper &= !(wins && complementWins);
                strong &= wins || complementWins;
            }
            return (proper, strong);
        }
        for (var w = 0; w < win.Length && (proper || strong); w++)
        {
            var complement = Reverse(win[win.Length - 1 - w]);
            proper &= (win[w] & complement) == 0;
            strong &= (win[w] | complement) == ulong.MaxValue;
        }
        return (proper, strong);
    }

    private static ulong Reverse(ulong x)
    {
        x = ((x >> 1) & 0x5555555555555555) | ((x & 0x5555555555555555) << 1);
        x = ((x >> 2) & 0x3333333333333333) | ((x & 0x3333333333333333) << 2);
        x = ((x >> 4) & 0x0F0F0F0F0F0F0F0F) | ((x & 0x0F0F0F0F0F0F0F0F) << 4);
        x = ((x >> 8) & 0x00FF00FF00FF00FF) | ((x & 0x00FF00FF00FF00FF) << 8);
        x = ((x >> 16) & 0x0000FFFF0000FFFF) | ((x & 0x0000FFFF0000FFFF) << 16);
        return (x >> 32) | (x << 32);
    }

    // The swings of one word, by the size of the others' coalition (its size less one): `basis` bits from the word's index.
    private static void AddBySize(long[,] swings, int member, ulong mask, int basis)
    {
        if (mask == 0)
            return;
        for (var j = 0; j < 7; j++)
            if (BitOperations.PopCount(mask & SizeMasks[j]) is var count and > 0)
                swings[member, basis + j - 1] += count;
    }

    // Minimal winning coalitions, or (from the maximal losing ones, by complement) minimal blocking ones: how many, the
    // smallest size, and up to five of that size.
    private static (BigInteger Count, int Smallest, IReadOnlyList<IReadOnlyList<MemberSymbol>> Examples) Smallest(CoalitionGame game, ulong[] bits,
        bool complement)
    {
        var n = game.Count;
        var count = BigInteger.Zero;
        var smallest = int.MaxValue;
        var examples = new List<ulong>();
        var full = n >= 64 ? ulong.MaxValue : (1UL << n) - 1;
        for (var w = 0; w < bits.Length; w++)
        {
            var word = bits[w];
            count += BitOperations.PopCount(word);
            while (word != 0)
            {
                var p = BitOperations.TrailingZeroCount(word);
                word &= word - 1;
                var coalition = ((ulong)w << 6) | (uint)p;
                if (complement)
                    coalition = full ^ coalition;
                var size = BitOperations.PopCount(coalition);
                if (size < smallest)
                    (smallest, examples) = (size, [coalition]);
                else if (size == smallest && examples.Count < 5)
                    examples.Add(coalition);
            }
        }
        var lists = examples.Select(c => (IReadOnlyList<MemberSymbol>)[.. Enumerable.Range(0, n).Where(i => (c >> i & 1) != 0).Select(i => game.Players[i])]).ToList();
        return (count, smallest == int.MaxValue ? 0 : smallest, lists);
    }

    private static List<MemberPower> Powers(CoalitionGame game, long[,] swings, int n)
    {
        var factorials = new BigInteger[n + 1];
        factorials[0] = BigInteger.One;
        for (var k = 1; k <= n; k++)
            factorials[k] = factorials[k - 1] * k;
        var totals = new BigInteger[n];
        var shapley = new BigInteger[n];
        for (var i = 0; i < n; i++)
            for (var k = 0; k < n; k++)
            {
                totals[i] += swings[i, k];
                shapley[i] += swings[i, k] * factorials[k] * factorials[n - 1 - k];
            }
        var all = totals.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var half = BigInteger.Pow(2, Math.Max(0, n - 1));
        var full = n >= 64 ? ulong.MaxValue : (1UL << n) - 1;
        return [.. Enumerable.Range(0, n).Select(i => new MemberPower(game.Players[i], totals[i], Fraction.Of(totals[i], half), Fraction.Of(totals[i], all),
            Fraction.Of(shapley[i], factorials[n]), !game.Wins(full & ~(1UL << i))))];
    }

    // Members alike: a coalition wins by its size, so member i swings the coalitions of k others when k + 1 win and k lose.
    private static PowerAnalysis BySize(CoalitionGame game, DecisionSymbol decision, DateOnly asOf)
    {
        var n = game.Count;
        var wins = new bool[n + 1];
        for (var k = 0; k <= n; k++)
            wins[k] = game.WinsWithSize(k);
        var swings = BigInteger.Zero;
        var shapleyNumerator = BigInteger.Zero;
        var row = Binomials(n - 1);
        var winning = BigInteger.Zero;
        var rowN = Binomials(n);
        for (var k = 0; k < n; k++)
            if (wins[k + 1] && !wins[k])
            {
                swings += row[k];
                shapleyNumerator += 1;
            }
        for (var k = 0; k <= n; k++)
            if (wins[k])
                winning += rowN[k];
        var smallestWinning = Array.IndexOf(wins, true);
        var largestLosing = Array.LastIndexOf(wins, false);
        // Every size swings in the orders where the member comes at that place: 1/n of them each, summed over the sizes that turn.
        var members = Enumerable.Range(0, n).Select(i => new MemberPower(game.Players[i], swings, Fraction.Of(swings, BigInteger.Pow(2, Math.Max(0, n - 1))),
            Fraction.Of(swings.IsZero ? 0 : 1, swings.IsZero ? 1 : n), Fraction.Of(shapleyNumerator, n), n > 0 && !wins[n - 1])).ToList();
        var proper = true;
        var strong = true;
        for (var k = 0; k <= n; k++)
        {
            proper &= !(wins[k] && wins[n - k]);
            strong &= wins[k] || wins[n - k];
        }
        return new PowerAnalysis(decision, asOf, members, $"coalitions by size: the {n} members are alike")
        {
            WinningCoalitions = winning,
            MinimalWinningCoalitions = smallestWinning < 0 ? 0 : rowN[smallestWinning],
            SmallestWinningSize = Math.Max(0, smallestWinning),
            MinimalBlockingCoalitions = largestLosing < 0 ? 0 : rowN[n - largestLosing],
            SmallestBlockingSize = largestLosing < 0 ? 0 : n - largestLosing,
            IsProper = proper,
            IsStrong = strong,
            IsWeighted = true,
            Notes = game.Notes,
        };
    }

    private static BigInteger[] Binomials(int n)
    {
        var row = new BigInteger[Math.Max(n, 0) + 1];
        row[0] = BigInteger.One;
        for (var k = 1; k <= n; k++)
            row[k] = row[k - 1] * (n - k + 1) / k;
        return row;
    }
}
