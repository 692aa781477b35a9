using System.CommandLine;
using System.CommandLine.Parsing;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Commands;

/// <summary>Checks on the path arguments of commands.</summary>
internal static class PathArguments
{
    /// <summary>
    /// An argument that takes any number of paths also swallows unknown options; a token that looks
    /// like an option and names no file is reported as the unknown option it is.
    /// </summary>
    public static void RejectOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
            if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                result.AddError($"unknown option '{token.Value}'");
    }

    /// <summary>The rule files or directories every command takes, one or more, none of them an option.</summary>
    public static Argument<string[]> Paths()
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files or directories (every *.rules below them).", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(RejectOptions);
        return paths;
    }

    /// <summary><c>--facts FILE...</c>: more facts, JSON documents or rule files.</summary>
    public static Option<string[]> FactsOption() =>
        new("--facts") { Description = "More facts: JSON documents or rule files.", AllowMultipleArgumentsPerToken = true };

    /// <summary><c>--severity ID=LEVEL</c>, repeatable: error, warning, info or none.</summary>
    public static Option<string[]> SeverityOption()
    {
        var option = new Option<string[]>("--severity")
        {
            Description = "Set a diagnostic's severity, as ID=error|warning|info|none (repeatable), like .editorconfig's dotnet_diagnostic.ID.severity.",
            AllowMultipleArgumentsPerToken = false,
        };
        option.Validators.Add(result =>
        {
            foreach (var value in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!TryParseSeverity(value, out var id, out var severity))
                    result.AddError($"--severity '{value}' is not ID=error|warning|info|none");
                else if (DiagnosticDescriptors.Find(id) is not { } descriptor)
                    result.AddError($"--severity '{value}': there is no diagnostic {id}"
                        + (NatoRules.Text.NameSuggester.Suggest(id, DiagnosticDescriptors.All.Select(d => d.Id)) is { } near ? $"; did you mean {near}?" : ""));
                else if (descriptor.DefaultSeverity == DiagnosticSeverity.Error && descriptor.Id[2] is '1' or '2' && severity < DiagnosticSeverity.Error)
                    result.AddError($"--severity '{value}': {descriptor.Id} is an error of the syntax or binding stage, which cannot be lowered");
            }
        });
        return option;
    }

    public static Dictionary<string, DiagnosticSeverity> Severities(string[]? values)
    {
        var map = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in values ?? [])
            if (TryParseSeverity(value, out var id, out var severity))
                map[id] = severity;
        return map;
    }

    private static bool TryParseSeverity(string value, out string id, out DiagnosticSeverity severity)
    {
        var parts = value.Split('=', 2);
        id = parts[0].Trim();
        severity = DiagnosticSeverity.Hidden;
        if (parts.Length != 2 || id.Length == 0)
            return false;
        switch (parts[1].Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "info": severity = DiagnosticSeverity.Info; return true;
            case "none": severity = DiagnosticSeverity.Hidden; return true;
            default: return false;
        }
    }

    /// <summary>The <c>--as-of</c> date (today when absent); null, after a one-line error, when it is no date.</summary>
    public static DateOnly? AsOf(string? text)
    {
        if (text is null)
            return DateOnly.FromDateTime(DateTime.Today);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
            return date;
        Console.Error.WriteLine($"natorules: error: --as-of '{text}' is not a date; write yyyy-mm-dd, such as 2024-06-17");
        return null;
    }

    /// <summary>
    /// The compilation of <paramref name="paths"/> with <paramref name="facts"/>, for a command that evaluates or analyses
    /// one decision: null, with the error or the diagnostics printed and <paramref name="exit"/> set, when it cannot be had.
    /// </summary>
    public static Compilation? CompileWithoutErrors(string[] paths, string[] facts, out int exit)
    {
        exit = ExitCodes.InputErrors;
        var ruleSet = Input.Workspace.Load(paths, facts, out var error, new Dictionary<string, DiagnosticSeverity>());
        if (ruleSet is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return null;
        }
        if (ruleSet.HasErrors)
        {
            Output.DiagnosticPrinter.PrintAll(ruleSet.Diagnostics);
            return null;
        }
        exit = ExitCodes.Success;
        return ruleSet.Compilation;
    }

    /// <summary>The decision named <paramref name="name"/>, or null with the reason (an ambiguity, the nearest name) printed.</summary>
    public static Binding.DecisionSymbol? Decision(Compilation compilation, string name)
    {
        if (compilation.FindDecision(name) is { } decision)
            return decision;
        var (ambiguity, suggestion) = compilation.WhyNoDecision(name);
        Console.Error.WriteLine("natorules: error: " + (ambiguity
            ?? $"there is no decision '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?")));
        return null;
    }
}
