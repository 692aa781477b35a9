using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules validate PATHS [--facts FILE...] [--format text|json|sarif|msbuild] [--severity ID=LEVEL]</c>:
/// compiles the rules and runs the analyzers; the exit code says whether there are errors, nothing is evaluated.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var facts = PathArguments.FactsOption();
        var format = new Option<string>("--format")
        {
            Description = "text: diagnostics for people; json: {\"diagnostics\": [...], \"errors\", \"warnings\"}; sarif: a SARIF 2.1.0 log; msbuild: one diagnostic per line.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "msbuild");
        var severity = PathArguments.SeverityOption();
        var watch = Watch.Option();
        var command = new Command("validate",
            "Compile the rule files and run the analyzers, without evaluating anything: for CI steps and pre-commit hooks. Exit 0 without errors (warnings allowed), 2 with.")
        {
            paths, facts, format, severity, watch,
        };
        command.SetAction(result => Watch.RunOrWatch(result.GetValue(watch), result.GetValue(format)!, result.GetValue(paths)!, result.GetValue(facts) ?? [],
            () => Run(result.GetValue(paths)!, result.GetValue(facts) ?? [], result.GetValue(format)!, PathArguments.Severities(result.GetValue(severity)))));
        return command;
    }

    private static int Run(string[] paths, string[] facts, string format, Dictionary<string, Diagnostics.DiagnosticSeverity> severities)
    {
        var ruleSet = Workspace.Load(paths, facts, out var error, severities);
        if (ruleSet is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        var diagnostics = ruleSet.Diagnostics;
        switch (format)
        {
            case "text":
                DiagnosticPrinter.PrintAll(diagnostics);
                if (diagnostics.Count == 0)
                    Console.Error.WriteLine($"no errors, no warnings in {ruleSet.Compilation.SyntaxTrees.Count} files");
                break;
            case "json":
                Json.WriteDiagnostics(diagnostics);
                break;
            case "sarif":
                Sarif.Write(diagnostics);
                break;
            default:
                MsBuildFormat.Write(Console.Out, diagnostics);
                break;
        }
        return ruleSet.HasErrors ? ExitCodes.InputErrors : ExitCodes.Success;
    }
}
