using NatoRules.Binding;
using NatoRules.Evaluation;

namespace NatoRules.Testing;

/// <summary>Runs the tests written in the language: each on its own copy of the facts with its what-ifs applied.</summary>
public static class TestRunner
{
    /// <summary>
    /// Runs every test of <paramref name="compilation"/> whose name contains <paramref name="filter"/> (all when null),
    /// within what binding left of the compilation's budget (<see cref="Compilation.MaxSteps"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="EvaluationLimitExceededException">The tests take more steps than the budget leaves.</exception>
    public static IReadOnlyList<TestResult> Run(Compilation compilation, string? filter = null) =>
        RunAll(compilation, filter, coverage: null);

    private static List<TestResult> RunAll(Compilation compilation, string? filter, CoverageReport.Collector? coverage)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (compilation.HasErrors)
            throw new InvalidOperationException("The compilation has errors; see Diagnostics.");
        var budget = Budget(compilation);
        return
        [
            .. compilation.Tests
                .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .Select(t => Run(compilation, t, budget, coverage)),
        ];
    }

    /// <summary>Runs every test (or those whose name contains <paramref name="filter"/>) and reports which clauses and facts they reached.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    public static (IReadOnlyList<TestResult> Results, CoverageReport Coverage) RunWithCoverage(Compilation compilation, string? filter = null)
    {
        var coverage = new CoverageReport.Collector();
        var results = RunAll(compilation, filter, coverage);
        return (results, coverage.Build(compilation));
    }

    /// <summary>Runs one test, within what binding left of the compilation's budget.</summary>
    /// <exception cref="EvaluationLimitExceededException">The test takes more steps than the budget leaves.</exception>
    public static TestResult Run(Compilation compilation, TestSymbol test)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(test);
        return Run(compilation, test, Budget(compilation), coverage: null);
    }

    private static WorkBudget Budget(Compilation compilation) => new(compilation.MaxSteps - compilation.BindingSteps);

    private static TestResult Run(Compilation compilation, TestSymbol test, WorkBudget budget, CoverageReport.Collector? coverage)
    {
        try
        {
            return RunWithin(compilation, test, budget, coverage);
        }
        // Each evaluation may take what is left of the budget, so running out in one is running out of the budget.
        catch (Exception e) when (e is WorkBudget.Exhausted or EvaluationLimitExceededException)
        {
            throw new EvaluationLimitExceededException(
                $"The tests took more than the {compilation.MaxSteps} steps of the compilation's budget.", compilation.MaxSteps);
        }
    }

    private static TestResult RunWithin(Compilation compilation, TestSymbol test, WorkBudget budget, CoverageReport.Collector? coverage)
    {
        // Overrides apply to a copy of the facts, so nothing a test says leaks into another.
        var facts = test.Apply(compilation.FactBase, budget);
        var failures = new List<ExpectationFailure>();
        var verdicts = new List<Verdict>();
        foreach (var expectation in test.Expectations)
        {
            var verdict = Evaluator.Evaluate(compilation.PlanOf(expectation.Decision), expectation.Candidate, test.AsOf, facts, budget.Left,
                collectFactsUsed: coverage is not null);
            budget.Spend(verdict.Steps, null);
            verdicts.Add(verdict);
            if (ExpectationCheck.Check(expectation, verdict) is { } failure)
                failures.Add(new ExpectationFailure(failure.Expected, failure.Actual, expectation.Location, verdict.ToString()));
            // A verdict's explanation is as large as its rule; kept for every expectation of a long run, they
            // would hold memory in proportion to tests times rule. Coverage reads it now; asked for later, it is
            // built again from the same facts.
            coverage?.Add(verdict);
            verdict.ForgetExplanation();
        }
        return new TestResult(test, failures, test.Expectations.Count) { Verdicts = verdicts };
    }
}
