using NatoRules.Evaluation;
using NatoRules.Hosting;
using NatoRules.Syntax;
using NatoRules.Testing;
using NatoRules.Tests.Support;

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

    // A rule of many terms, and many tests of it: each within the evaluation limit, together a lot of work.
    private static string ManyTestsOfALongRule(int tests) =>
        "body B { member M1; member M2; member M3; }\n"
        + $"decision D in B {{ require {string.Join(" and ", Enumerable.Repeat("consensus", 100))}; }}\n"
        + "facts F for D { proposal X; }\n"
        + string.Concat(Enumerable.Range(0, tests).Select(i => $"test \"t{i}\" {{ as of 2024-01-01; with M1 supports X; expect D for X is approved; }}\n"));

    [Test]
    public void Binding_over_the_compilation_budget_binds_nothing_and_says_where_it_stopped()
    {
        var text = ManyTestsOfALongRule(50);
        var tree = SyntaxTree.Parse(text, "many.rules");
        var tight = Compilation.Create([tree], null, maxSteps: 120);
        var diagnostic = tight.Diagnostics.Single();
        diagnostic.Id.ShouldBe("NR2037");
        diagnostic.Message.ShouldBe("binding the files takes more than 120 steps, the compilation's budget; nothing is bound");
        // Declaring takes a step per declaration and per statement in it: 4 for the body, 1 for the decision,
        // 2 for the facts and 4 for each test, so the budget runs out at the 29th test, "t28", on line 32.
        diagnostic.Location.LineSpan.Start.Line.ShouldBe(31);
        diagnostic.Location.Span.Length.ShouldBe(text.Split('\n')[31].Length);
        tight.Decisions.ShouldBeEmpty();
        tight.Tests.ShouldBeEmpty();
        tight.HasErrors.ShouldBeTrue();

        Compilation.Create([tree], null, maxSteps: 10_000_000).Diagnostics.ShouldBeEmpty();
    }

    [Test]
    public void A_test_run_over_the_compilation_budget_stops_with_the_documented_exception()
    {
        // Each test copies the facts for its what-if and evaluates 100 terms over 3 members: about 400 steps.
        var tree = SyntaxTree.Parse(ManyTestsOfALongRule(50), "many.rules");
        var tight = Compilation.Create([tree], null, maxSteps: 10_000);
        var exception = Should.Throw<EvaluationLimitExceededException>(() => TestRunner.Run(tight));
        exception.Limit.ShouldBe(10_000);
        exception.Message.ShouldBe("The tests took more than the 10000 steps of the compilation's budget.");
        Should.Throw<EvaluationLimitExceededException>(() => TestRunner.RunWithCoverage(tight));

        var roomy = Compilation.Create([tree], null, maxSteps: 100_000);
        TestRunner.Run(roomy).ShouldAllBe(r => r.Passed);
        // The budget is the compilation's, not spent by one run: a second run has it all again.
        TestRunner.RunWithCoverage(roomy).Results.Count.ShouldBe(50);
    }

    [Test]
    public void The_engine_compiles_within_its_configured_budget()
    {
        var engine = new RuleEngine(new NatoRulesOptions { MaxCompilationSteps = 100 });
        var ruleSet = engine.TryCompile([RuleSource.FromText(ManyTestsOfALongRule(3))]);
        ruleSet.Diagnostics.Single().Id.ShouldBe("NR2037");
        ruleSet.Compilation.MaxSteps.ShouldBe(100);
    }

    [Test]
    public void The_shipped_rules_and_their_tests_take_a_small_part_of_the_default_budget()
    {
        var compilation = new RuleEngine().Compile(Directory.EnumerateFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories)
            .Select(path => RuleSource.FromText(File.ReadAllText(path), path))).Compilation;
        compilation.MaxSteps.ShouldBe(1_000_000_000);
        // A hundredth of the budget is far more than they need; the whole of it is there for much larger libraries.
        var hundredth = Compilation.Create(compilation.SyntaxTrees, compilation.FactsDocuments, compilation.MaxSteps / 100);
        TestRunner.Run(hundredth).ShouldAllBe(r => r.Passed);
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
