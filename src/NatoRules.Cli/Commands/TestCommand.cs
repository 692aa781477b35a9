using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Testing;
using NatoRules.Text;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules test PATHS [--filter TEXT] [--format text|json] [--coverage] [--coverage-threshold PERCENT]</c>: runs the tests written in the language.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var filter = new Option<string?>("--filter") { Description = "Run only the tests whose name contains this text." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var coverage = new Option<bool>("--coverage") { Description = "Report which rule clauses and facts the tests reached, per file." };
        var severity = PathArguments.SeverityOption();
        var threshold = new Option<decimal?>("--coverage-threshold") { Description = "Fail (exit 1) when the tests reach less than this percentage of clauses; implies --coverage." };
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<decimal?>() is { } value && (value < 0 || value > 100))
                result.AddError("--coverage-threshold must be a percentage from 0 to 100");
        });
        var watch = Watch.Option();
        var command = new Command("test",
            "Run the tests written in the rule files. Exit 0 when all pass, 1 when one fails (or coverage is below the threshold), 2 on input errors.")
        {
            paths, filter, format, coverage, threshold, severity, watch,
        };
        command.SetAction(result => Watch.RunOrWatch(result.GetValue(watch), result.GetValue(format)!, result.GetValue(paths)!, [],
            () => Run(result.GetValue(paths)!, result.GetValue(filter), result.GetValue(format)!,
                result.GetValue(coverage) || result.GetValue(threshold) is not null, result.GetValue(threshold),
                PathArguments.Severities(result.GetValue(severity)))));
        return command;
    }

    private static int Run(string[] paths, string? filter, string format, bool withCoverage, decimal? threshold,
        Dictionary<string, Diagnostics.DiagnosticSeverity> severities)
    {
        var ruleSet = Workspace.Load(paths, [], out var error, severities);
        if (ruleSet is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        DiagnosticPrinter.PrintAll(ruleSet.Diagnostics);
        if (ruleSet.HasErrors)
            return ExitCodes.InputErrors;
        var compilation = ruleSet.Compilation;

        var (results, coverage) = TestRunner.RunWithCoverage(compilation, filter);
        if (filter is not null && results.Count == 0)
        {
            // As dotnet test --filter: a filter that selects nothing is a failed run, not a green one.
            Console.Error.WriteLine($"natorules: error: no test name contains '{filter}' ({compilation.Tests.Count} tests in the files)");
            return ExitCodes.NotApproved;
        }
        var failed = results.Count(r => !r.Passed);
        var belowThreshold = threshold is { } min && coverage.ClausePercent < min;
        if (format == "json")
            TestJson.Write(results, withCoverage ? coverage : null);
        else
            WriteText(results, withCoverage ? coverage : null, threshold);
        return failed > 0 || belowThreshold ? ExitCodes.NotApproved : ExitCodes.Success;
    }

    // The interval that no test stands in, said as the days it runs.
    private static string Missing(DateCoverage date)
    {
        var before = date.Since is { } since ? $"from {Dates.Iso(since)} to {Dates.Iso(date.Date.AddDays(-1))}" : $"before {Dates.Iso(date.Date)}";
        var from = date.Until is { } until ? $"from {Dates.Iso(date.Date)} to {Dates.Iso(until.AddDays(-1))}" : $"from {Dates.Iso(date.Date)} on";
        return (date.TestedBefore, date.TestedFrom) switch
        {
            (false, false) => $"no test {before}, and none {from}",
            (false, _) => $"no test {before}",
            _ => $"no test {from}",
        };
    }

    private static void WriteText(IReadOnlyList<TestResult> results, CoverageReport? coverage, decimal? threshold)
    {
        var style = ConsoleStyle.ForStandardOutput();
        foreach (var result in results)
        {
            var location = result.Test.Location!;
            Console.WriteLine($"{(result.Passed ? style.Green("pass") : style.Red("FAIL"))} {result.Test.Name} ({location.Path}:{location.LineSpan.Start.Line + 1})");
            foreach (var failure in result.Failures)
            {
                var at = failure.Location.LineSpan.Start;
                Console.WriteLine($"     expected: {failure.Expected}");
                Console.WriteLine($"     actual:   {failure.Actual}");
                Console.WriteLine($"     at {failure.Location.Path}:{at.Line + 1}:{at.Character + 1} ({failure.VerdictText})");
            }
        }
        if (coverage is not null)
        {
            Console.WriteLine();
            Console.WriteLine("coverage:");
            foreach (var file in coverage.Files)
            {
                Console.WriteLine($"  {file.Path}: clauses {file.ClausesReached}/{file.Clauses}, facts {file.FactsReached}/{file.Facts}");
                foreach (var clause in file.Unreached)
                    Console.WriteLine($"    not reached: {clause.Path}:{clause.LineSpan.Start.Line + 1}: {clause.Source.ToString(clause.Span)}");
            }
            Console.WriteLine($"  dates: {coverage.Dates.Count(d => d.Covered)} of {coverage.Dates.Count} change points of the facts have a test on either side");
            foreach (var date in coverage.Dates.Where(d => !d.Covered))
            {
                var at = date.Fact.LineSpan.Start;
                Console.WriteLine($"    not tested: {date.Fact.Path}:{at.Line + 1}:{at.Character + 1}: {date.Candidate} on {Dates.Iso(date.Date)}: {Missing(date)}");
            }
            var total = FormattableString.Invariant(
                $"  total: {coverage.ClausePercent:0.0}% of clauses, {coverage.FactPercent:0.0}% of facts, {coverage.DatePercent:0.0}% of change points");
            if (threshold is { } min)
                total += FormattableString.Invariant($" (threshold {min}%: {(coverage.ClausePercent >= min ? "met" : "NOT met")})");
            Console.WriteLine(total);
        }
        var failed = results.Count(r => !r.Passed);
        Console.WriteLine($"{results.Count - failed} passed, {failed} failed");
    }
}
