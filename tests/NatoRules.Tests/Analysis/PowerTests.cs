using System.Numerics;
using NatoRules.Analysis;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Analysis;

/// <summary>
/// Voting power computed from the real rule: the published indices of the UN Security Council, a body whose members are
/// alike, and, for weighted and double-majority rules, the same indices counted by brute force with the evaluator itself.
/// </summary>
public sealed class PowerTests
{
    private static PowerAnalysis Power(Compilation compilation, string decision, string asOf) =>
        compilation.Power(compilation.FindDecision(decision)!, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

    [Test]
    public void The_Security_Council_has_its_published_Shapley_Shubik_and_Banzhaf_indices()
    {
        var power = Power(Rules.Library, "SubstantiveResolution", "2024-06-01");

        power.Members.Count.ShouldBe(15);
        foreach (var member in power.Members)
        {
            var permanent = member.Member.Flags.Contains("permanent");
            member.ShapleyShubik.ShouldBe(permanent ? Fraction.Of(421, 2145) : Fraction.Of(4, 2145), member.Member.Name);
            member.NormalizedBanzhaf.ShouldBe(permanent ? Fraction.Of(848, 5080) : Fraction.Of(84, 5080), member.Member.Name);
            member.Swings.ShouldBe(permanent ? 848 : 84);
            member.CanBlockAlone.ShouldBe(permanent);
        }
        power.MinimalWinningCoalitions.ShouldBe(new BigInteger(210), "the five permanent members and any four of the ten elected");
        power.SmallestWinningSize.ShouldBe(9);
        power.SmallestBlockingSize.ShouldBe(1, "a permanent member blocks alone");
        power.IsProper.ShouldBeTrue();
        power.IsStrong.ShouldBeFalse();
    }

    [Test]
    public void Consensus_makes_every_ally_a_veto_player_with_an_equal_share()
    {
        var power = Power(Rules.Library, "SecretaryGeneral", "2024-06-01");

        power.Members.Count.ShouldBe(32);
        power.Members.ShouldAllBe(m => m.CanBlockAlone && m.ShapleyShubik == Fraction.Of(1, 32) && m.Swings == 1);
        power.MinimalWinningCoalitions.ShouldBe(BigInteger.One);
        power.Method.ShouldContain("alike");
    }

    [Test]
    public void Members_no_condition_names_are_set_aside_with_no_power()
    {
        // Sweden's accession protocol: unanimity of the 30 signatories of 2022-07-05; Finland and Sweden, members by
        // 2024-06-17, are named by no condition.
        var power = Power(Rules.Library, "Accession", "2024-06-17");

        power.Members.Count.ShouldBe(32);
        var dummies = power.Members.Where(m => m.Swings.IsZero).Select(m => m.Member.Name).ToList();
        dummies.ShouldBe(["FIN", "SWE"], ignoreOrder: true);
        power.Members.Where(m => !m.Swings.IsZero).ShouldAllBe(m => m.ShapleyShubik == Fraction.Of(1, 30) && m.CanBlockAlone && m.Swings == 4);
        power.WinningCoalitions.ShouldBe(new BigInteger(4), "the 30 signatories, with or without each of the two");
        power.MinimalWinningCoalitions.ShouldBe(BigInteger.One);
        power.Method.ShouldContain("set aside");
    }

    [Test]
    public void The_General_Assembly_by_size_needs_two_thirds_of_193()
    {
        var power = Power(Rules.Library, "ImportantQuestion", "2024-06-01");

        power.Members.Count.ShouldBe(193);
        power.SmallestWinningSize.ShouldBe(129);
        power.SmallestBlockingSize.ShouldBe(65);
        power.Members[0].ShapleyShubik.ShouldBe(Fraction.Of(1, 193));
        // A member swings the coalitions of exactly 128 of the 192 others: C(192, 128).
        power.Members[0].Swings.ShouldBe(Binomial(192, 128));
    }

    // Seven members, populations 40, 20, 15, 10, 8, 5 and 2: 55% of the members (4) with 65% of the population, unless
    // fewer than 3 members withhold support; every index checked against the evaluator on all 128 coalitions.
    private const string DoubleMajority = """
        body B {
          member A population 40; member C population 20; member E population 15; member G population 10;
          member I population 8; member K population 5; member M population 2;
        }
        decision Qmv in B { require at least 55% of members and at least 65% of population; blocking minority at least 3 members; }
        decision Weighted in B { require more than half of population; }
        decision Vetoed in B { require at least 4 supports and no veto from members except A; }
        """;

    [TestCase("Qmv")]
    [TestCase("Weighted")]
    [TestCase("Vetoed")]
    public void Indices_match_a_brute_force_count_with_the_evaluator(string decision)
    {
        var compilation = Rules.Compile(DoubleMajority + "facts F for Qmv, Weighted, Vetoed { proposal P; }\n");
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var codes = new[] { "A", "C", "E", "G", "I", "K", "M" };
        var n = codes.Length;

        // Each coalition as facts: its members support, the others object; then the real evaluator's verdict.
        var wins = new bool[1 << n];
        for (var s = 0; s < wins.Length; s++)
        {
            var positions = string.Join(" ", codes.Select((c, i) => $"on 2024-01-01: {c} {((s >> i & 1) != 0 ? "supports" : "objects")} P;"));
            wins[s] = Rules.Compile(DoubleMajority + $"facts F for Qmv, Weighted, Vetoed {{ proposal P; {positions} }}\n").IsApproved(decision, "P", "2024-01-02");
        }
        var factorial = new BigInteger[n + 1];
        factorial[0] = 1;
        for (var k = 1; k <= n; k++)
            factorial[k] = factorial[k - 1] * k;

        var power = Power(compilation, decision, "2024-01-02");

        for (var i = 0; i < n; i++)
        {
            BigInteger swings = 0, shapley = 0;
            for (var s = 0; s < wins.Length; s++)
                if ((s >> i & 1) == 0 && wins[s | 1 << i] && !wins[s])
                {
                    swings++;
                    var k = BitOperationsPopCount(s);
                    shapley += factorial[k] * factorial[n - 1 - k];
                }
            power.Members[i].Swings.ShouldBe(swings, codes[i]);
            power.Members[i].ShapleyShubik.ShouldBe(Fraction.Of(shapley, factorial[n]), codes[i]);
        }
        power.WinningCoalitions.ShouldBe(new BigInteger(wins.Count(w => w)));
    }

    private static int BitOperationsPopCount(int value) => System.Numerics.BitOperations.PopCount((uint)value);

    private static BigInteger Binomial(int n, int k)
    {
        BigInteger result = 1;
        for (var i = 1; i <= k; i++)
            result = result * (n - k + i) / i;
        return result;
    }
}
