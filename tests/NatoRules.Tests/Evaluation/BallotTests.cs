using System.Globalization;
using System.Text;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Successive ballots: a vote numbered `ballot N`, several on one day, requirements that change by ballot (two thirds
/// in the first three, then an absolute majority), and a test's `as of DATE ballot N`; each judged on both paths.
/// </summary>
public sealed class BallotTests
{
    // Nine electors; two thirds (6) in the first three ballots, then more than half (5).
    private static string Election(string votes)
    {
        var text = new StringBuilder("body B {\n");
        for (var i = 0; i < 9; i++)
            text.Append(CultureInfo.InvariantCulture, $"  member E{i};\n");
        text.Append("""
            }
            decision D in B {
              require at least 2/3 of members in ballots 1 to 3;
              require more than half of members from ballot 4;
            }
            facts F for D {
              candidate C;

            """).Append(votes).Append("}\n");
        return text.ToString();
    }

    private static (Outcome Outcome, bool BooleanPath, Verdict Verdict) Judge(Compilation compilation, string asOf)
    {
        var verdict = compilation.Evaluate("D", "C", asOf);
        return (verdict.Outcome, compilation.IsApproved("D", "C", asOf), verdict);
    }

    [TestCase(1, 5, false, "5 of 6 required members (2/3 of 9)")]
    [TestCase(3, 6, true, "6 of 6 required members (2/3 of 9)")]
    [TestCase(4, 5, true, "5 of 5 required members (more than half of 9)")]
    [TestCase(4, 4, false, "4 of 5 required members (more than half of 9)")]
    [TestCase(9, 5, true, "5 of 5 required members (more than half of 9)")]
    public void The_requirements_are_those_of_the_ballot_held(int ballot, int supports, bool elected, string text)
    {
        var compilation = Rules.Compile(Election($"  on 2022-01-24: vote C ballot {ballot} {supports} supports;\n"));
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var (outcome, booleanPath, verdict) = Judge(compilation, "2022-01-24");

        outcome.ShouldBe(elected ? Outcome.Approved : Outcome.Rejected);
        booleanPath.ShouldBe(elected);
        verdict.Thresholds.Single().Text.ShouldBe(text, "only the requirement for this ballot is evaluated");
        verdict.Explanation.Children[0].Text.ShouldBe($"put to the vote on 2022-01-24 (ballot {ballot}): {supports} for, 0 against, 0 abstaining, {9 - supports} absent ({supports} of the votes not by name)");
        verdict.Explanation.Children[0].Result.ShouldBe("held", "a ballot is one of several: the next may still elect");
    }

    [Test]
    public void Of_several_ballots_on_one_day_the_last_decides_and_as_of_a_ballot_reads_an_earlier_one()
    {
        var text = Election("""
              on 2022-01-28: vote C ballot 5 4 supports;
              on 2022-01-28: vote C ballot 6 5 supports;
              on 2022-01-29: vote C ballot 7 3 supports;
            """) + """
            test "the sixth" { as of 2022-01-28; expect D for C is approved; }
            test "the fifth" { as of 2022-01-28 ballot 5; expect D for C is rejected; expect D for C has 4 supports; }
            test "after the fifth, on the next day, the fifth still holds" { as of 2022-01-29 ballot 5; expect D for C is rejected; }
            test "the seventh, stated first on its day, still follows the sixth" { as of 2022-01-29; expect D for C is rejected; }
            """;
        var compilation = Rules.Compile(text);

        Judge(compilation, "2022-01-28").Outcome.ShouldBe(Outcome.Approved);
        Judge(compilation, "2022-01-29").Outcome.ShouldBe(Outcome.Rejected);
        Judge(compilation, "2022-01-27").Outcome.ShouldBe(Outcome.Pending);
        NatoRules.Testing.TestRunner.Run(compilation).ShouldAllBe(t => t.Passed);
    }

    [Test]
    public void A_what_if_ballot_replaces_the_one_of_its_number_and_day_only()
    {
        var text = Election("""
              on 2022-01-28: vote C ballot 5 4 supports;
              on 2022-01-28: vote C ballot 6 4 supports;
            """) + """
            test "a better fifth ballot is followed by the sixth" { as of 2022-01-28; with vote C ballot 5 9 supports on 2022-01-28; expect D for C is rejected; }
            test "as of the fifth, it elects" { as of 2022-01-28 ballot 5; with vote C ballot 5 9 supports on 2022-01-28; expect D for C is approved; }
            """;

        NatoRules.Testing.TestRunner.Run(Rules.Compile(text)).ShouldAllBe(t => t.Passed);
    }

    [Test]
    public void Json_facts_number_their_ballots_as_rule_text_does()
    {
        var json = FactsDocument.Parse("""
            { "facts": "More", "for": ["D"], "votes": [
              { "on": "2022-01-28", "candidate": "C", "ballot": 4, "supports": 5 },
              { "on": "2022-01-28", "candidate": "C", "ballot": 3, "supports": 5 } ] }
            """, "more.json");

        var compilation = Compilation.Create([SyntaxTree.Parse(Election(""), "b.rules")], [json]);

        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var verdict = compilation.Evaluate("D", "C", "2022-01-28");
        verdict.Outcome.ShouldBe(Outcome.Approved, "the fourth ballot, listed first, is held after the third");
        verdict.Thresholds.Single().Text.ShouldBe("5 of 5 required members (more than half of 9)");
    }
}
