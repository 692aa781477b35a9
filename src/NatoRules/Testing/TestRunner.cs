using NatoRules.Binding;

namespace NatoRules.Testing;

/// <summary>Runs the tests written in the language: each on its own copy of the facts with its what-ifs applied.</summary>
public static class TestRunner
{
    /// <summary>Runs every test of <paramref name="compilation"/> whose name contains <paramref name="filter"/> (all when null).</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    public static IReadOnlyList<TestResult> Run(Compilation compilation, string? filter = null)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        if (compilation.HasErrors)
            throw new InvalidOperationException("The compilation has errors; see Diagnostics.");
        return
        [
            .. compilation.Tests
                .Where(t => filter is null || t.Name.Contains(filter, StringComparison.OrdinalIgnoreCase))
                .Select(t => Run(compilation, t)),
        ];
    }

    /// <summary>Runs every test (or those whose name contains <paramref name="filter"/>) and reports which clauses and facts they reached.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    public static (IReadOnlyList<TestResult> Results, CoverageReport Coverage) RunWithCoverage(Compilation compilation, string? filter = null)
    {
        var results = Run(compilation, filter);
        return (results, CoverageReport.Build(compilation, results.SelectMany(r => r.Verdicts)));
    }

    /// <summary>Runs one test.</summary>
    public static TestResult Run(Compilation compilation, TestSymbol test)
    {
        ArgumentNullException.ThrowIfNull(compilation);
        ArgumentNullException.ThrowIfNull(test);
        // Overrides apply to a copy of the facts, so nothing a test says leaks into another.
        var facts = test.Apply(compilation.FactBase);
        var failures = new List<ExpectationFailure>();
        var verdicts = new List<Evaluation.Verdict>();
        foreach (var expectation in test.Expectations)
        {
            var verdict = Evaluation.Evaluator.Evaluate(expectation.Decision, expectation.Candidate, test.AsOf, facts, collectFactsUsed: true);
            verdicts.Add(verdict);
            if (expectation.Check(verdict) is { } failure)
                failures.Add(new ExpectationFailure(failure.Expected, failure.Actual, expectation.Location, verdict.ToString()));
        }
        return new TestResult(test, failures, test.Expectations.Count) { Verdicts = verdicts };
    }
}
