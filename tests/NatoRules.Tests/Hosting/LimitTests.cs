using NatoRules.Evaluation;
using NatoRules.Hosting;

namespace NatoRules.Tests.Hosting;

public sealed class LimitTests
{
    [Test]
    public void A_source_over_the_size_limit_is_refused_before_parsing()
    {
        var engine = new RuleEngine(new NatoRulesOptions { MaxSourceLength = 100 });
        var ruleSet = engine.TryCompile([RuleSource.FromText(new string(' ', 101) + "body B { member A; }", "big.rules")]);
        var diagnostic = ruleSet.Diagnostics.Single();
        diagnostic.Id.ShouldBe("NR1016");
        diagnostic.Message.ShouldBe("the source is 121 characters long; the limit is 100");
        ruleSet.Compilation.Bodies.ShouldBeEmpty();
    }

    [Test]
    public void Nesting_deeper_than_the_limit_is_reported()
    {
        var engine = new RuleEngine(new NatoRulesOptions { MaxNestingDepth = 4 });
        engine.TryCompile([RuleSource.FromText("rule R = ((((((consensus))))));")]).Diagnostics.Single().Id.ShouldBe("NR1014");
        engine.TryCompile([RuleSource.FromText("rule R = ((consensus));")]).Diagnostics.ShouldNotContain(d => d.Id == "NR1014");
    }

    [Test]
    public void More_declarations_than_the_limit_are_refused()
    {
        var engine = new RuleEngine(new NatoRulesOptions { MaxDeclarations = 10 });
        var members = string.Concat(Enumerable.Range(0, 20).Select(i => $"member M{i}; "));
        var ruleSet = engine.TryCompile([RuleSource.FromText($"body B {{ {members} }}")]);
        ruleSet.Diagnostics.Single().Id.ShouldBe("NR1017");
    }

    [Test]
    public void An_evaluation_over_the_step_limit_stops()
    {
        var members = string.Concat(Enumerable.Range(0, 100).Select(i => $"member M{i}; "));
        var text = $"body B {{ {members} }} decision D in B {{ require consensus and unanimity abstention allowed; }} facts F for D {{ candidate X; }}";
        var tight = new RuleEngine(new NatoRulesOptions { MaxEvaluationSteps = 150 });
        var rules = tight.Compile([RuleSource.FromText(text)]);
        Should.Throw<EvaluationLimitExceededException>(() => tight.Evaluate(rules, "D", "X", new DateOnly(2024, 1, 1))).Limit.ShouldBe(150);

        var roomy = new RuleEngine(new NatoRulesOptions { MaxEvaluationSteps = 10_000 });
        roomy.Evaluate(roomy.Compile([RuleSource.FromText(text)]), "D", "X", new DateOnly(2024, 1, 1)).Outcome.ShouldBe(Outcome.Pending);
    }

    [Test]
    public void Compile_and_evaluate_honour_cancellation()
    {
        var engine = new RuleEngine();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => engine.TryCompile([RuleSource.FromText("body B { member A; }")], cancelled.Token));
        var rules = engine.Compile([RuleSource.FromText("body B { member A; } decision D in B { require consensus; } facts F for D { candidate X; }")]);
        Should.Throw<OperationCanceledException>(() => engine.Evaluate(rules, "D", "X", new DateOnly(2024, 1, 1), cancellationToken: cancelled.Token));
    }
}
