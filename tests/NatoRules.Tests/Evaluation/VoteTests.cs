using System.Globalization;
using System.Text;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Votes and meetings: shares of the members present and voting, a quorum, a vote that closes the question
/// (silence is absence, failure is rejection), tallies that give counts rather than names, and absence that
/// is not abstention; each judged on both paths.
/// </summary>
public sealed class VoteTests
{
    // A body of `members` members; the facts state `positions` (`M0 supports P;` and so on) and `extra` more facts.
    private static Compilation Meeting(int members, string decision, string facts)
    {
        var text = new StringBuilder("body B {\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  member M{i};\n");
        text.Append("}\n").Append(CultureInfo.InvariantCulture, $"decision D in B {{ {decision} }}\nfacts F for D {{\n  proposal P;\n{facts}\n}}\n");
        return Rules.Compile(text.ToString());
    }

    // `for` members support, `against` object, `abstaining` abstain, on 2024-01-01; the rest take no position.
    private static string Positions(int @for, int against, int abstaining)
    {
        var text = new StringBuilder();
        var m = 0;
        foreach (var (count, verb) in new[] { (@for, "supports"), (against, "objects"), (abstaining, "abstains") })
            for (var i = 0; i < count; i++, m++)
                text.Append(CultureInfo.InvariantCulture, $"  on 2024-01-01: M{m} {verb} P;\n");
        return text.ToString();
    }

    private static (Outcome Outcome, bool BooleanPath, Verdict Verdict) Judge(Compilation compilation, string asOf)
    {
        var verdict = compilation.Evaluate("D", "P", asOf);
        return (verdict.Outcome, compilation.IsApproved("D", "P", asOf), verdict);
    }

    [TestCase(100, 52, false, 102)]
    [TestCase(102, 50, true, 102)]
    public void Two_thirds_of_193_present_and_voting_with_25_abstaining_is_computed_on_those_voting(int @for, int against, bool approved, int needs)
    {
        // 193 members, 25 abstaining, 16 silent, and the rest for or against: 152 voting, two thirds of which is 101 1/3.
        var compilation = Meeting(193, "require at least 2/3 of members present and voting;",
            Positions(@for, against, 25) + "  on 2024-05-10: vote P;");

        var (outcome, booleanPath, verdict) = Judge(compilation, "2024-05-10");

        outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        booleanPath.ShouldBe(approved);
        var threshold = verdict.Thresholds.Single();
        threshold.Required.ShouldBe(needs);
        threshold.Text.ShouldBe($"{@for} of 102 required supports (2/3 of 152 members present and voting is 101.33)");
        verdict.Tallies.Absent.ShouldBe(16);
    }

    [Test]
    public void Before_the_vote_the_same_positions_are_pending_and_after_it_rejected()
    {
        // 3 for and 1 against of 10: the 6 silent could still make two thirds of those voting before the vote.
        var compilation = Meeting(10, "require at least 2/3 of members present and voting;", Positions(3, 2, 0) + "  on 2024-05-10: vote P;");

        Judge(compilation, "2024-05-09").Outcome.ShouldBe(Outcome.Pending);
        var (outcome, booleanPath, verdict) = Judge(compilation, "2024-05-10");
        outcome.ShouldBe(Outcome.Rejected, "3 of 5 voting is short of two thirds, and the vote is final");
        booleanPath.ShouldBeFalse();
        verdict.Tallies.Silent.ShouldBe(0);
        verdict.Tallies.Absent.ShouldBe(5);
        Judge(compilation, "2030-01-01").Outcome.ShouldBe(Outcome.Rejected, "the vote's outcome holds at every later date");
    }

    [Test]
    public void A_vote_is_decided_on_the_positions_of_its_day()
    {
        var compilation = Meeting(3, "require a majority of votes cast;",
            Positions(2, 1, 0) + "  on 2024-05-10: vote P;\n  on 2024-06-01: M0, M1 objects P;");

        Judge(compilation, "2024-07-01").Outcome.ShouldBe(Outcome.Approved, "positions taken after the vote do not change it");
    }

    [TestCase(73, 73, false)]
    [TestCase(74, 73, true)]
    public void A_majority_of_votes_cast_is_more_for_than_against_so_a_tie_fails(int @for, int against, bool approved)
    {
        var compilation = Meeting(193, "require a majority of votes cast;", $"  on 2024-03-02: vote P {@for} supports, {against} objects, 35 abstains;");

        var (outcome, booleanPath, _) = Judge(compilation, "2024-03-02");

        outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        booleanPath.ShouldBe(approved);
    }

    [TestCase(96, false)]
    [TestCase(97, true)]
    public void A_quorum_of_a_majority_of_193_members_is_97_present_abstentions_included(int present, bool approved)
    {
        var compilation = Meeting(193, "quorum a majority of members; require a majority of votes cast;",
            $"  on 2024-03-02: vote P 60 supports, 5 objects, {present - 65} abstains;");

        var (outcome, booleanPath, verdict) = Judge(compilation, "2024-03-02");

        outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        booleanPath.ShouldBe(approved);
        var quorum = verdict.Thresholds.First();
        quorum.Text.ShouldBe($"{present} of 97 required members present (more than half of 193)");
        if (!approved)
            verdict.Blockers.Single().Reason.ShouldContain("a majority of members is not reached");
    }

    [Test]
    public void A_quorum_is_not_deemed_met_by_a_blocking_minority_clause()
    {
        var compilation = Meeting(10, "quorum at least 8 members; require at least 1 supports; blocking minority at least 4 members;",
            "  on 2024-03-02: vote P 1 supports, 2 abstains;");

        Judge(compilation, "2024-03-02").Outcome.ShouldBe(Outcome.Rejected);
    }

    [Test]
    public void A_tally_counts_the_named_members_among_its_votes()
    {
        // 2 named against of a tally of 6 for and 3 against: one vote against is not by name.
        var compilation = Meeting(10, "require consensus;",
            "  on 2024-05-10: M0, M1 objects P;\n  on 2024-05-10: vote P 6 supports, 3 objects;");

        var verdict = Judge(compilation, "2024-05-10").Verdict;

        verdict.Outcome.ShouldBe(Outcome.Rejected);
        verdict.Tallies.ShouldBe(new Tallies(6, 3, 0, 0, 0) { Absent = 1 });
        verdict.Blockers.Select(b => b.Member?.Name).ShouldBe(["M0", "M1"], "the objection not by name blocks too, but names no one");
        verdict.Explanation.Children[0].Text.ShouldBe("put to the vote on 2024-05-10: 6 for, 3 against, 0 abstaining, 1 absent (7 of the votes not by name)");
    }

    [Test]
    public void Consensus_takes_absence_at_a_vote_for_consent_and_unanimity_does_not()
    {
        var consensus = Meeting(3, "require consensus;", Positions(2, 0, 0) + "  on 2024-05-10: vote P;");
        var unanimity = Meeting(3, "require unanimity abstention allowed;", Positions(2, 0, 0) + "  on 2024-05-10: vote P;");

        Judge(consensus, "2024-05-10").Outcome.ShouldBe(Outcome.Approved);
        Judge(unanimity, "2024-05-09").Outcome.ShouldBe(Outcome.Pending);
        Judge(unanimity, "2024-05-10").Outcome.ShouldBe(Outcome.Rejected, "an absent member has not agreed");
    }

    [Test]
    public void Absent_is_not_abstaining()
    {
        // Of members present: 3 for; one abstains (present) or is absent (not present).
        var abstaining = Meeting(4, "require at least 3/4 of members present;", Positions(3, 0, 1) + "  on 2024-05-10: vote P;");
        var absent = Meeting(4, "require more than 3/4 of members present;", Positions(3, 0, 0) + "  on 2024-01-01: M3 absent from P;");

        Judge(abstaining, "2024-05-10").Outcome.ShouldBe(Outcome.Approved, "3 of 4 present is 3/4");
        var (outcome, booleanPath, verdict) = Judge(absent, "2024-05-10");
        outcome.ShouldBe(Outcome.Approved, "3 of the 3 present is more than 3/4");
        booleanPath.ShouldBeTrue();
        verdict.Tallies.Absent.ShouldBe(1);
        verdict.Tallies.Abstentions.ShouldBe(0);
    }

    [Test]
    public void A_test_can_ask_what_another_tally_would_have_done()
    {
        var compilation = Rules.Compile("""
            body B { member A; member C; member E; }
            decision D in B { require a majority of votes cast; }
            facts F for D { proposal P; on 2024-05-10: vote 2 supports, 1 objects; }
            test "the vote" { as of 2024-05-10; expect D for P is approved; expect D for P has 2 supports; expect D for P needs 2; }
            test "a tie" { as of 2024-05-10; with vote P 1 supports, 1 objects, 1 abstains on 2024-05-10; expect D for P is rejected; expect D for P has 3 present; }
            """);

        compilation.Diagnostics.ShouldBeEmpty();
        NatoRules.Testing.TestRunner.Run(compilation).ShouldAllBe(r => r.Passed);
    }
}
