using NatoRules.Evaluation;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Reliability;

/// <summary>Inputs that once crashed or hung the engine, each kept at the smallest size that did.</summary>
public sealed class RegressionTests
{
    private static Compilation CompileText(string text) => Compilation.Create([SyntaxTree.Parse(text, "input.rules")]);

    [TestCase("and")]
    [TestCase("or")]
    public void A_flat_chain_of_10000_terms_binds_evaluates_and_explains(string op)
    {
        // Overflowed the stack in the binder (exit 134) at some 15,000 terms; 10,000 is the limit (NR2032).
        var chain = string.Join($" {op} ", Enumerable.Repeat("consensus", 10_000));
        var compilation = CompileText($"body B {{ member A; }} decision D in B {{ require {chain}; }} facts F for D {{ proposal P; on 2024-01-01: A objects P; }}");
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var verdict = compilation.Evaluate("D", "P", "2024-06-01");
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.BlockerCodes().ShouldBe(["A"]);
        verdict.Explanation.Children.Single().Children.Single().Children.Count.ShouldBe(10_000);
        compilation.IsApproved(compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2024, 6, 1)).ShouldBeFalse();
    }

    [Test]
    public void A_chain_of_200000_terms_gets_one_error_and_nothing_deeper()
    {
        var chain = string.Join(" and ", Enumerable.Repeat("consensus", 200_000));
        var compilation = CompileText($"body B {{ member A; }} decision D in B {{ require {chain}; }} facts F for D {{ proposal P; }}");
        compilation.Diagnostics.Select(d => d.Id).ShouldBe(["NR2032"]);
    }

    [Test]
    public void A_misspelt_name_of_100000_characters_costs_no_more_than_a_short_one()
    {
        // The "did you mean" search built a 100,000 by 100,000 table: OutOfMemoryException.
        var known = new string('x', 100_000);
        var compilation = CompileText($"body {known} {{ member A; }} decision D in {known[..^1]}y {{ require consensus; }}");
        compilation.Diagnostics.Select(d => d.Id).Order().ShouldBe(["NR1018", "NR1018", "NR2005"]);
        compilation.Diagnostics.Single(d => d.Id == "NR2005").Help.ShouldBeNull();
    }

    [Test]
    public void Every_missing_literal_has_a_null_value()
    {
        // SyntaxToken.Value threw ArgumentOutOfRangeException for the empty text of a missing string.
        var tree = SyntaxTree.Parse("test { as of ; }");
        tree.Tokens.Where(t => t.IsMissing).ShouldNotBeEmpty();
        tree.Tokens.Select(t => t.Value).ShouldAllBe(v => v == null || v is string);
        tree.Tokens.Single(t => t.Kind == SyntaxKind.StringToken).Value.ShouldBeNull();
    }

    [Test]
    public void Rules_that_each_name_the_next_twice_are_evaluated_once_each()
    {
        // R1 = R2 and R2; ... to depth 40 took 2^40 steps.
        var rules = string.Concat(Enumerable.Range(1, 39).Select(i => $"rule R{i} = R{i + 1} and R{i + 1};\n"));
        var compilation = CompileText($"body B {{ member A; }} decision D in B {{ require R1; }} facts F for D {{ proposal P; }}\n{rules}rule R40 = consensus;");
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var (decision, proposal, day) = (compilation.FindDecision("D")!, compilation.FindCandidate("P")!, new DateOnly(2024, 1, 1));
        // A budget that linear work fits in many times over, and exponential work exceeds at once.
        compilation.Evaluate(decision, proposal, day, maxSteps: 10_000).Outcome.ShouldBe(Outcome.Approved);
        compilation.Evaluate(decision, proposal, day, maxSteps: 10_000).Explanation.ToString().ShouldNotBeNull();
        compilation.IsApproved(decision, proposal, day).ShouldBeTrue();
    }

    [Test]
    public void A_rule_named_twice_explains_once_and_points_back_the_second_time()
    {
        var compilation = Rules.Compile("body B { member A; } decision D in B { require R and R; } rule R = consensus; facts F for D { proposal P; }");
        var conjunction = compilation.Evaluate("D", "P", "2024-01-01").Explanation.Children.Single().Children.Single();
        conjunction.Children.Select(c => c.Text).ShouldBe(["rule R", "rule R (as above)"]);
        conjunction.Children[1].Children.ShouldBeEmpty();
    }
}
