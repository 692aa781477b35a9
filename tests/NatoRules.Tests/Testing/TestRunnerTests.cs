using NatoRules.Testing;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Testing;

public sealed class TestRunnerTests
{
    private const string Body = """
        body NATO { member HUN; member TUR; member NLD; }
        decision SG in NATO { require consensus; guarantees count when written and given by candidate; }
        matter OptOut "an opt-out";
        facts F for SG {
          candidate Rutte national NLD;
          on 2024-01-01: HUN objects Rutte unless guarantee OptOut;
          guarantee OptOut from Rutte to HUN written on 2024-06-18;
        }
        """;

    [Test]
    public void Deliberately_wrong_expectations_are_reported_as_failures()
    {
        var compilation = Rules.Compile(Body, """
            test "wrong outcome" { as of 2024-06-17; expect SG for Rutte is approved; }
            test "wrong blockers" { as of 2024-06-17; expect SG for Rutte is blocked by TUR; }
            test "wrong tally" { as of 2024-06-17; expect SG for Rutte has 2 objections; }
            test "wrong unblock" { as of 2024-06-17; expect SG for Rutte unblocked by TUR; }
            test "right" { as of 2024-06-17; expect SG for Rutte is blocked by HUN; }
            """);
        var results = TestRunner.Run(compilation);

        results.Select(r => (r.Test.Name, r.Passed)).ShouldBe([
            ("wrong outcome", false), ("wrong blockers", false), ("wrong tally", false), ("wrong unblock", false), ("right", true)]);
        var outcome = results[0].Failures.Single();
        outcome.Expected.ShouldBe("approved");
        outcome.Actual.ShouldBe("blocked by HUN");
        outcome.Location.LineSpan.Start.Line.ShouldBe(0);
        results[1].Failures.Single().Expected.ShouldBe("blocked by TUR");
        results[2].Failures.Single().Actual.ShouldBe("1 objections");
        results[3].Failures.Single().Actual.ShouldContain("a guarantee on OptOut to HUN");
    }

    [Test]
    public void Overrides_do_not_leak_between_tests_or_into_the_compilation()
    {
        var compilation = Rules.Compile(Body, """
            test "a what-if" { as of 2024-07-01; without guarantee OptOut; with TUR objects Rutte; expect SG for Rutte is blocked by HUN, TUR; }
            test "the facts" { as of 2024-07-01; expect SG for Rutte is approved; }
            """);

        TestRunner.Run(compilation).ShouldAllBe(r => r.Passed);
        compilation.Evaluate("SG", "Rutte", "2024-07-01").Outcome.ShouldBe(NatoRules.Evaluation.Outcome.Approved);
    }

    [Test]
    public void The_filter_selects_tests_by_name()
    {
        var compilation = Rules.Compile(Body, """
            test "Hungary blocks" { as of 2024-06-17; expect SG for Rutte is blocked by HUN; }
            test "approved later" { as of 2024-07-01; expect SG for Rutte is approved; }
            """);
        TestRunner.Run(compilation, "hungary").Select(r => r.Test.Name).ShouldBe(["Hungary blocks"]);
        TestRunner.Run(compilation, "nothing matches").ShouldBeEmpty();
        TestRunner.Run(compilation).Count.ShouldBe(2);
    }

    [Test]
    public void Coverage_counts_the_clauses_and_facts_the_tests_reached()
    {
        var compilation = Rules.Compile("""
            body B { member A; member C; }
            rule Used = consensus;
            rule Unused = at least 2 supports;
            decision D in B { require Used; }
            facts F for D {
              candidate X;
              on 2024-01-01: A objects X;
              on 2024-02-01: C supports X;
            }
            test "january" { as of 2024-01-15; expect D for X is blocked by A; }
            """);
        var (_, coverage) = TestRunner.RunWithCoverage(compilation);
        var file = coverage.Files.Single();

        // Clauses: the reference `Used` in D, the rule Used's `consensus`, and the rule Unused's threshold.
        file.Clauses.ShouldBe(3);
        file.ClausesReached.ShouldBe(2);
        file.Unreached.Single().LineSpan.Start.Line.ShouldBe(2);
        // Facts: two positions; in January only A's counts.
        file.Facts.ShouldBe(2);
        file.FactsReached.ShouldBe(1);
        coverage.ClausePercent.ShouldBe(66.7m);
    }

    [Test]
    public void Date_coverage_names_each_change_point_without_a_test_on_either_side()
    {
        // Change points: 2024-01-01 (HUN objects) and 2024-06-18 (the guarantee HUN's objection waits for).
        var compilation = Rules.Compile(Body + """
            test "between" { as of 2024-03-01; expect SG for Rutte is blocked by HUN; }
            """);
        var (_, coverage) = TestRunner.RunWithCoverage(compilation);

        coverage.Dates.Select(d => (d.Candidate, d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.TestedBefore, d.TestedFrom))
            .ShouldBe([("Rutte", "2024-01-01", false, true), ("Rutte", "2024-06-18", true, false)]);
        coverage.Dates[1].Since.ShouldBe(new DateOnly(2024, 1, 1));
        coverage.Dates[1].Until.ShouldBeNull();
        coverage.Dates[1].Fact.LineSpan.Start.Line.ShouldBe(6);
        coverage.DatePercent.ShouldBe(0m);

        var both = Rules.Compile(Body + """
            test "before" { as of 2023-12-31; expect SG for Rutte is approved; }
            test "between" { as of 2024-06-17; expect SG for Rutte is blocked by HUN; }
            test "after" { as of 2024-06-18; expect SG for Rutte is approved; }
            """);
        TestRunner.RunWithCoverage(both).Coverage.DatePercent.ShouldBe(100m);
    }
}
