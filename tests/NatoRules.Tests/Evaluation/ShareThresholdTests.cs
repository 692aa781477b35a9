using System.Globalization;
using System.Text;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Fractions and strict majorities: <c>at least 2/3 of members</c>, <c>more than half of members</c>,
/// <c>more than N supports</c> and shares of an attribute, each judged exactly on both paths.
/// </summary>
public sealed class ShareThresholdTests
{
    // A body of `members` members, `supporting` of whom support the proposal and the rest object.
    private static Compilation Vote(int members, int supporting, string requirement)
    {
        var text = new StringBuilder("body B {\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  member M{i} population {(i < 2 ? 2 : 1)};\n");
        text.Append("}\n").Append(CultureInfo.InvariantCulture, $"decision D in B {{ require {requirement}; }}\nfacts F for D {{\n  proposal P;\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  on 2024-01-01: M{i} {(i < supporting ? "supports" : "objects")} P;\n");
        return Rules.Compile(text.Append("}\n").ToString());
    }

    private static (bool Approved, bool BooleanPath, decimal Required, string Text) Judge(int members, int supporting, string requirement)
    {
        var compilation = Vote(members, supporting, requirement);
        var verdict = compilation.Evaluate("D", "P", "2024-02-01");
        var threshold = verdict.Thresholds.Single();
        return (verdict.Outcome == Outcome.Approved,
            compilation.IsApproved(compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2024, 2, 1)),
            threshold.Required, threshold.Text);
    }

    [TestCase(35, false)]
    [TestCase(36, true)]
    public void Two_thirds_of_54_members_is_36(int supporting, bool approved)
    {
        var (met, booleanPath, required, text) = Judge(54, supporting, "at least 2/3 of members");

        met.ShouldBe(approved);
        booleanPath.ShouldBe(approved);
        required.ShouldBe(36m);
        text.ShouldBe($"{supporting} of 36 required members (2/3 of 54)");
    }

    [Test]
    public void A_rounded_percentage_asks_for_one_more_than_two_thirds() =>
        Judge(54, 36, "at least 66.67% of members").Required.ShouldBe(37m, "66.67% of 54 is 36.0018");

    [TestCase(360, false)]
    [TestCase(361, true)]
    public void More_than_half_of_720_is_361_so_360_is_no_majority(int supporting, bool approved)
    {
        var (met, booleanPath, required, text) = Judge(720, supporting, "more than half of members");

        met.ShouldBe(approved);
        booleanPath.ShouldBe(approved);
        required.ShouldBe(361m);
        text.ShouldBe($"{supporting} of 361 required members (more than half of 720)");
    }

    [TestCase("at least half of members", 54, 27)]
    [TestCase("more than half of members", 54, 28)]
    [TestCase("more than half of members", 55, 28)]
    [TestCase("more than 1/2 of members", 55, 28)]
    [TestCase("at least 3/5 of members", 15, 9)]
    [TestCase("more than 3/5 of members", 15, 10)]
    [TestCase("at least 1/1 of members", 7, 7)]
    [TestCase("more than 0/1 of members", 7, 1)]
    public void The_members_required(string requirement, int members, int required) =>
        Judge(members, 0, requirement).Required.ShouldBe(required);

    [TestCase(9, false)]
    [TestCase(10, true)]
    public void More_than_9_supports_needs_10(int supporting, bool approved)
    {
        var (met, booleanPath, required, _) = Judge(15, supporting, "more than 9 supports");

        met.ShouldBe(approved);
        booleanPath.ShouldBe(approved);
        required.ShouldBe(10m);
    }

    // Six members with populations 2, 2, 1, 1, 1, 1 (total 8): the first two and one more hold 5 of 8,
    // the first two alone hold exactly half.
    [TestCase("at least half of population", 2, true)]
    [TestCase("more than half of population", 2, false)]
    [TestCase("more than half of population", 3, true)]
    [TestCase("at least 5/8 of population", 3, true)]
    [TestCase("more than 5/8 of population", 3, false)]
    public void A_share_of_an_attribute_at_least_or_more_than(string requirement, int supporting, bool approved)
    {
        var (met, booleanPath, _, _) = Judge(6, supporting, requirement);

        met.ShouldBe(approved);
        booleanPath.ShouldBe(approved);
    }

    [Test]
    public void A_strict_threshold_is_pending_while_the_silent_could_still_exceed_it()
    {
        var compilation = Rules.Compile(
            """
            body B { member A; member C; member E; member G; }
            decision D in B { require more than half of members; }
            facts F for D { proposal P; on 2024-01-01: A supports P; on 2024-01-01: C supports P; on 2024-01-01: E objects P; }
            """);

        compilation.Evaluate("D", "P", "2024-02-01").Outcome.ShouldBe(Outcome.Pending, "2 of 4 is not more than half, and G is silent");
    }
}
