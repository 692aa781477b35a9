using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Elections for seats (<c>seats N;</c> in a facts block): of the candidates that meet the requirements, those with the
/// most supports fill the seats, and a tie for the last seat elects none of those tied; each judged on both paths.
/// </summary>
public sealed class SeatsTests
{
    // Nine members; a majority of the members (5) is required, and three candidates stand for the seats.
    private static Compilation Election(int seats, int a, int b, int c, bool voted = true)
    {
        var members = string.Join(" ", Enumerable.Range(0, 9).Select(i => $"member M{i};"));
        var votes = voted ? $"on 2023-10-10: vote A {a} supports; on 2023-10-10: vote B {b} supports; on 2023-10-10: vote C {c} supports;" : "";
        return Rules.Compile($"body G {{ {members} }}\ndecision D in G {{ require more than half of members; }}\n"
            + $"facts F for D {{ seats {seats}; candidate A; candidate B; candidate C; {votes} }}\n");
    }

    private static string Elected(Compilation compilation)
    {
        var verdicts = new[] { "A", "B", "C" }.Select(c => (c, Verdict: compilation.Evaluate("D", c, "2023-10-10"), Fast: compilation.IsApproved("D", c, "2023-10-10")))
            .ToList();
        foreach (var (candidate, verdict, fast) in verdicts)
            fast.ShouldBe(verdict.Outcome == Outcome.Approved, $"both paths agree on {candidate}");
        return string.Join(", ", verdicts.Where(v => v.Verdict.Outcome == Outcome.Approved).Select(v => v.c));
    }

    [TestCase(2, 8, 6, 5, "A, B")]   // the two with the most, of three over the majority
    [TestCase(2, 8, 6, 7, "A, C")]
    [TestCase(1, 8, 6, 7, "A")]
    [TestCase(2, 8, 4, 3, "A")]      // only one reaches the majority: the second seat stays open
    [TestCase(2, 8, 6, 6, "A")]      // a tie for the last seat elects neither
    [TestCase(3, 6, 6, 6, "A, B, C")] // a tie that fits the seats elects all tied
    [TestCase(2, 6, 6, 6, "")]
    public void The_candidates_with_the_most_supports_fill_the_seats(int seats, int a, int b, int c, string elected)
    {
        var compilation = Election(seats, a, b, c);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        Elected(compilation).ShouldBe(elected);
    }

    [Test]
    public void A_candidate_outpolled_is_rejected_with_those_ahead_of_it_as_the_reason()
    {
        var verdict = Election(2, 8, 6, 5).Evaluate("D", "C", "2023-10-10");

        verdict.Outcome.ShouldBe(Outcome.Rejected);
        var blocker = verdict.Blockers.ShouldHaveSingleItem();
        blocker.Kind.ShouldBe(BlockerKind.Outpolled);
        blocker.Member.ShouldBeNull();
        blocker.Reason.ShouldBe("C (5) in an election for 2 seats: A (8), B (6) have more supports");
        blocker.Unblock.Single().Description.ShouldBe("more supports than B");
        verdict.Explanation.Children[^1].Result.ShouldBe("not elected");
    }

    [Test]
    public void A_tie_for_the_last_seat_says_so()
    {
        var verdict = Election(2, 8, 6, 6).Evaluate("D", "B", "2023-10-10");

        verdict.Blockers.Single().Reason.ShouldBe("B (6) in an election for 2 seats: A (8) has more supports; tied with C at 6, and the tie leaves too few seats");
    }

    [Test]
    public void Before_the_vote_a_candidate_meeting_the_requirements_on_named_positions_still_waits_for_the_seats()
    {
        var members = string.Join(" ", Enumerable.Range(0, 9).Select(i => $"member M{i};"));
        var compilation = Rules.Compile($"body G {{ {members} }}\ndecision D in G {{ require more than half of members; }}\n"
            + "facts F for D { seats 1; candidate A; candidate B; on 2023-10-01: M0, M1, M2, M3, M4, M5 supports A; on 2023-10-01: M0, M1, M2, M3, M4, M5, M6 supports B; }\n");

        compilation.Evaluate("D", "A", "2023-10-05").Outcome.ShouldBe(Outcome.Pending, "outpolled before any vote: the vote decides");
        compilation.Evaluate("D", "B", "2023-10-05").Outcome.ShouldBe(Outcome.Approved);
    }

    [Test]
    public void Json_facts_give_the_seats_as_rule_text_does()
    {
        var members = string.Join(" ", Enumerable.Range(0, 9).Select(i => $"member M{i};"));
        var tree = SyntaxTree.Parse($"body G {{ {members} }}\ndecision D in G {{ require more than half of members; }}\n", "b.rules");
        var json = FactsDocument.Parse("""
            { "facts": "F", "for": ["D"], "seats": 1, "candidates": [{ "name": "A" }, { "name": "B" }],
              "votes": [{ "on": "2023-10-10", "candidate": "A", "supports": 6 }, { "on": "2023-10-10", "candidate": "B", "supports": 7 }] }
            """, "f.json");

        var compilation = Compilation.Create([tree], [json]);

        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        compilation.Evaluate("D", "A", "2023-10-10").Outcome.ShouldBe(Outcome.Rejected);
        compilation.Evaluate("D", "B", "2023-10-10").Outcome.ShouldBe(Outcome.Approved);
    }
}
