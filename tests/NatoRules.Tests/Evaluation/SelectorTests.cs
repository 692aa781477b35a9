using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>Member selectors: <c>of members on DATE except candidate</c>, and NATO's accessions that need them.</summary>
public sealed class SelectorTests
{
    [TestCase("2023-03-29", Outcome.Blocked)]
    [TestCase("2023-03-30", Outcome.Approved)]
    [TestCase("2023-04-04", Outcome.Approved)]
    [TestCase("2024-03-07", Outcome.Approved)]
    [TestCase("2024-12-31", Outcome.Approved)]
    public void Finland_is_never_asked_to_ratify_its_own_accession(string asOf, Outcome outcome) =>
        Rules.Library.Evaluate("Accession", "FinlandAccession", asOf).Outcome.ShouldBe(outcome);

    [TestCase("2024-01-22", Outcome.Blocked)]
    [TestCase("2024-01-23", Outcome.Pending)]
    [TestCase("2024-02-25", Outcome.Pending)]
    [TestCase("2024-02-26", Outcome.Approved)]
    [TestCase("2024-03-07", Outcome.Approved)]
    [TestCase("2024-12-31", Outcome.Approved)]
    public void Sweden_needs_the_30_signatories_and_not_Finland(string asOf, Outcome outcome) =>
        Rules.Library.Evaluate("Accession", "SwedenAccession", asOf).Outcome.ShouldBe(outcome);

    [Test]
    public void Sweden_waits_for_Hungary_alone_after_Turkey_ratified()
    {
        var verdict = Rules.Library.Evaluate("Accession", "SwedenAccession", "2024-02-01");
        verdict.Outcome.ShouldBe(Outcome.Pending);
        verdict.Explanation.Children.Single().Children.Single().Text.ShouldBe(
            "unanimity (abstention breaks it): 29 of 30 members on 2022-07-05 except candidate support, 0 object, 0 abstain, 1 silent");
    }

    private const string Body = """
        body B {
          member A permanent joined 2000-01-01;
          member C joined 2000-01-01;
          member E permanent joined 2010-01-01;
        }
        """;

    [Test]
    public void A_member_that_joins_after_the_selector_date_is_not_asked()
    {
        var compilation = Rules.Compile(Body, """
            decision D in B { require unanimity of members on 2005-01-01; }
            facts F for D { proposal P; on 2006-01-01: A, C supports P; }
            """);
        compilation.Evaluate("D", "P", "2011-01-01").Outcome.ShouldBe(Outcome.Approved, "E joined in 2010 and is not asked");
        compilation.Evaluate("D", "P", "2005-06-01").Outcome.ShouldBe(Outcome.Pending);
    }

    [Test]
    public void Except_candidate_leaves_out_the_member_the_proposal_concerns()
    {
        var compilation = Rules.Compile(Body, """
            decision D in B { require consensus of members except candidate; }
            facts F for D { proposal P national C; proposal Q national A; on 2020-01-01: C objects P; on 2020-01-01: C objects Q; }
            """);
        compilation.Evaluate("D", "P", "2020-06-01").Outcome.ShouldBe(Outcome.Approved, "C is not asked about its own case");
        var q = compilation.Evaluate("D", "Q", "2020-06-01");
        q.Outcome.ShouldBe(Outcome.Blocked);
        q.BlockerCodes().ShouldBe(["C"]);
    }

    [Test]
    public void Except_a_member_and_where_a_flag_narrow_a_veto()
    {
        var compilation = Rules.Compile(Body, """
            decision D in B { require no veto from members where permanent except E; }
            facts F for D { proposal P; on 2020-01-01: E, C objects P; }
            """);
        compilation.Evaluate("D", "P", "2020-06-01").Outcome.ShouldBe(Outcome.Approved, "C holds no veto and E is left out");
        compilation.IsApproved(compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2020, 6, 1)).ShouldBeTrue();
    }

    [Test]
    public void The_boolean_path_agrees_with_the_verdict_under_selectors()
    {
        var compilation = Rules.Library;
        var decision = compilation.FindDecision("Accession")!;
        foreach (var name in new[] { "FinlandAccession", "SwedenAccession" })
        {
            var candidate = compilation.FindCandidate(name)!;
            for (var day = new DateOnly(2022, 5, 1); day <= new DateOnly(2024, 12, 31); day = day.AddDays(7))
                compilation.IsApproved(decision, candidate, day).ShouldBe(compilation.Evaluate(decision, candidate, day).Outcome == Outcome.Approved,
                    $"{name} as of {day:yyyy-MM-dd}");
        }
    }
}
