using NatoRules.Binding;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Tests.Facts;

public sealed class FactBaseTests
{
    [Test]
    public void Each_members_positions_on_a_candidate_are_sorted_by_date_and_in_the_order_given_within_a_day()
    {
        var facts = string.Concat(Enumerable.Range(0, 300).Select(i =>
            $"  on 2024-03-{10 + i / 12 % 9}: M{i % 4} {(i % 5 == 0 ? "objects" : "supports")} C{i % 3};\n"));
        var text = "body B { member M0; member M1; member M2; member M3; }\ndecision D in B { require consensus; }\n"
            + "facts F for D {\n  candidate C0;\n  candidate C1;\n  candidate C2;\n" + facts + "}\n";
        var compilation = Compilation.Create([SyntaxTree.Parse(text, "f.rules")]);
        var stated = compilation.Positions.OrderBy(p => p.Location.Span.Start).ToList();
        stated.Count.ShouldBe(300);

        // Built from the facts in any order, each list keeps that order within a day.
        var shuffled = stated.ToList();
        new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var factBase = FactBase.Create(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled), [], [], [], out var listsOfTwoOrMore);
        var body = compilation.Bodies.Single();
        foreach (var candidate in compilation.Candidates)
        {
            foreach (var member in body.Members)
            {
                var expected = shuffled.Where(p => p.Candidate == candidate && p.Member == member).OrderBy(p => p.Date).ToList();
                expected.ShouldNotBeEmpty();
                factBase.Positions(candidate, member).ShouldBe(expected);
                var kept = factBase.Positions(candidate, member).ShouldBeOfType<ArraySegment<PositionFact>>();
                listsOfTwoOrMore.ShouldContain(kept);
            }
        }
        listsOfTwoOrMore.Count.ShouldBe(3 * 4, "every candidate-by-member list here holds 25 positions");
    }
}
