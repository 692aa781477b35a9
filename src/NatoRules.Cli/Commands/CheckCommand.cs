using System.CommandLine;
using System.Globalization;
using NatoRules.Text;
using NatoRules.Binding;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Evaluation;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules check PATHS [--facts FILE...] [--as-of DATE] [--decision NAME] [--candidate NAME] [--format text|json] [--explain]</c>:
/// evaluates every decision for every candidate as of a date.
/// </summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var facts = PathArguments.FactsOption();
        var asOf = new Option<string?>("--as-of") { Description = "The date to evaluate on, yyyy-mm-dd (default: today)." };
        var decision = new Option<string?>("--decision") { Description = "Evaluate only this decision." };
        var candidate = new Option<string?>("--candidate") { Description = "Evaluate only this candidate or proposal." };
        var format = new Option<string>("--format")
        {
            Description = "text: verdicts and diagnostics for people; json: one document (docs/cli.md); sarif: a SARIF 2.1.0 log of the diagnostics; msbuild: one diagnostic per line as path(line,col,endLine,endCol): error NR2001: message.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "msbuild");
        var explain = new Option<bool>("--explain") { Description = "Add the explanation tree of every verdict." };
        var severity = PathArguments.SeverityOption();
        var watch = Watch.Option();
        var command = new Command("check",
            "Evaluate every decision for every candidate as of a date. Exit 0 when all are approved, 1 when one is not, 2 on input errors, 64 on wrong usage.")
        {
            paths, facts, asOf, decision, candidate, format, explain, severity, watch,
        };
        command.SetAction(result => Watch.RunOrWatch(result.GetValue(watch), result.GetValue(format)!, result.GetValue(paths)!, result.GetValue(facts) ?? [],
            () => Run(result.GetValue(paths)!, result.GetValue(facts) ?? [], result.GetValue(asOf), result.GetValue(decision),
                result.GetValue(candidate), result.GetValue(format)!, result.GetValue(explain), PathArguments.Severities(result.GetValue(severity)))));
        return command;
    }

    private static int Run(string[] paths, string[] facts, string? asOfText, string? decisionName, string? candidateName, string format, bool explain,
        Dictionary<string, Diagnostics.DiagnosticSeverity> severities)
    {
        if (PathArguments.AsOf(asOfText) is not { } asOf)
            return ExitCodes.Usage;
        var ruleSet = Workspace.Load(paths, facts, out var error, severities);
        if (ruleSet is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        var compilation = ruleSet.Compilation;
        var diagnostics = ruleSet.Diagnostics;
        if (format == "text")
            DiagnosticPrinter.PrintAll(diagnostics);
        if (ruleSet.HasErrors)
        {
            WriteDiagnosticsOnly(format, diagnostics);
            if (format == "json")
                Json.WriteCheck(asOf, [], diagnostics, explain);
            return ExitCodes.InputErrors;
        }

        var decisions = compilation.Decisions.AsEnumerable();
        if (decisionName is not null)
        {
            if (PathArguments.Decision(compilation, decisionName) is not { } only)
                return ExitCodes.Usage;
            decisions = [only];
        }
        CandidateSymbol? candidate = null;
        if (candidateName is not null && (candidate = compilation.FindCandidate(candidateName)) is null)
            return UnknownName("candidate", candidateName, compilation.Candidates.Select(c => c.Name));

        var verdicts = new List<Verdict>();
        foreach (var d in decisions)
            foreach (var c in d.Candidates)
                if (candidate is null || ReferenceEquals(c, candidate))
                    verdicts.Add(compilation.Evaluate(d, c, asOf));

        if (format == "json")
            Json.WriteCheck(asOf, verdicts, diagnostics, explain);
        else if (format == "text")
            VerdictText.Write(Console.Out, verdicts, explain, ConsoleStyle.ForStandardOutput());
        else
        {
            // The formats that carry only diagnostics report each verdict not approved as NR3100 at its
            // decision, so that exit 1 never comes with an empty log.
            WriteDiagnosticsOnly(format, [.. diagnostics, .. verdicts.Select(v => v.ToDiagnostic()).OfType<Diagnostics.Diagnostic>()]);
        }
        return verdicts.All(v => v.Outcome == Outcome.Approved) ? ExitCodes.Success : ExitCodes.NotApproved;
    }

    private static void WriteDiagnosticsOnly(string format, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        if (format == "sarif")
            Sarif.Write(diagnostics);
        else if (format == "msbuild")
            MsBuildFormat.Write(Console.Out, diagnostics);
    }

    private static int UnknownName(string what, string name, IEnumerable<string> known)
    {
        var suggestion = NameSuggester.Suggest(name, known);
        Console.Error.WriteLine($"natorules: error: there is no {what} '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        return ExitCodes.Usage;
    }
}
