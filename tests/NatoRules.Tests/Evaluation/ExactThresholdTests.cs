using System.Numerics;
using NatoRules.Binding.Bound;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>Thresholds are fractions compared in integers: no rounding of the share, the count or the sum, on either path.</summary>
public sealed class ExactThresholdTests
{
    private static Compilation Body(string measure, string percent, long a, long c, long e) => Rules.Compile(
        $$"""
        body B {
          member A "A" population {{a}};
          member C "C" population {{c}};
          member E "E" population {{e}};
        }
        decision D in B { require at least {{percent}}% of {{measure}}; }
        facts F for D {
          proposal P;
          on 2024-01-01: A supports P;
          on 2024-01-01: C supports P;
          on 2024-01-01: E objects P;
        }
        """);

    [TestCase("members")]
    [TestCase("population")]
    public void A_share_a_hair_over_two_thirds_is_not_met_by_two_of_three(string measure)
    {
        // 66.666666666666666666666666667% of 3 is 2.00000000000000000000000000001: more than 2. In decimals the
        // product rounds to 200 hundredths at its 29th digit, and both the count and the sum passed.
        var compilation = Body(measure, "66.666666666666666666666666667", 1, 1, 1);
        var verdict = compilation.Evaluate("D", "P", "2024-02-01");

        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.Thresholds.Single().Met.ShouldBeFalse();
        if (measure == "members")
            verdict.Thresholds.Single().Required.ShouldBe(3m, "rounded up to whole members");
        compilation.IsApproved(compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2024, 2, 1)).ShouldBeFalse();
    }

    [TestCase("66.666666666666666666666666666", true)]
    [TestCase("66.666666666666666666666666667", false)]
    public void Two_of_three_meet_a_share_just_under_two_thirds_and_not_one_just_over(string percent, bool met)
    {
        var compilation = Body("members", percent, 1, 1, 1);
        compilation.Evaluate("D", "P", "2024-02-01").Thresholds.Single().Met.ShouldBe(met);
    }

    [Test]
    public void Sums_beyond_64_bits_are_exact_on_both_paths()
    {
        // 18,000,000,000,000,000,001 in all; half of it is 9,000,000,000,000,000,000.5, which A and C's
        // 9,000,000,000,000,000,000 (C has none) does not reach.
        var compilation = Body("population", "50", 9_000_000_000_000_000_000, 0, 9_000_000_000_000_000_001);
        var verdict = compilation.Evaluate("D", "P", "2024-02-01");

        verdict.Outcome.ShouldBe(Outcome.Blocked);
        var threshold = verdict.Thresholds.Single();
        (threshold.Actual, threshold.Required, threshold.Total).ShouldBe((9_000_000_000_000_000_000m, 9_000_000_000_000_000_000.5m, 18_000_000_000_000_000_001m));
        compilation.IsApproved(compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2024, 2, 1)).ShouldBeFalse();

        var half = Body("population", "50", 9_000_000_000_000_000_000, 0, 9_000_000_000_000_000_000);
        half.Evaluate("D", "P", "2024-02-01").Outcome.ShouldBe(Outcome.Approved);
        half.IsApproved(half.FindDecision("D")!, half.FindCandidate("P")!, new DateOnly(2024, 2, 1)).ShouldBeTrue();
    }

    [TestCase("55", 11, 20)]
    [TestCase("65", 13, 20)]
    [TestCase("66.67", 6667, 10000)]
    [TestCase("100", 1, 1)]
    [TestCase("0", 0, 1)]
    public void A_percentage_binds_to_its_fraction_in_lowest_terms(string percent, long numerator, long denominator)
    {
        var share = Rational.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture));
        (share.Numerator, share.Denominator).ShouldBe((new BigInteger(numerator), new BigInteger(denominator)));
    }

    [Test]
    public void A_rule_named_twice_is_lowered_once_per_decision()
    {
        var compilation = Rules.Compile(
            """
            body B { member A; member C; }
            rule Agreed = consensus;
            decision D in B { require Agreed and Agreed; }
            facts F for D { proposal P; }
            """);
        var plan = compilation.PlanOf(compilation.FindDecision("D")!);

        var references = ((CompositePlan)plan.Requirements.Single()).Operands.Cast<RulePlan>().ToList();
        references.Count.ShouldBe(2);
        references[1].Condition.ShouldBeSameAs(references[0].Condition);
        compilation.PlanOf(compilation.FindDecision("D")!).ShouldBeSameAs(plan, "lowered once per compilation");
    }
}
