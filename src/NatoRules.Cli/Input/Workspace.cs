using NatoRules.Diagnostics;
using NatoRules.Hosting;

namespace NatoRules.Cli.Input;

/// <summary>Loads the rule files and facts a command names into one compilation.</summary>
internal static class Workspace
{
    /// <summary>
    /// Compiles every rule file under <paramref name="paths"/> with the facts files, runs the analyzers and applies
    /// <paramref name="severities"/>; null and an error message when a file cannot be read.
    /// </summary>
    /// <summary>The files the paths name, a directory meaning every <c>*.rules</c> below it, in order and once each; null, with why, for a directory with none.</summary>
    public static List<string>? RuleFiles(IReadOnlyList<string> paths, out string? error)
    {
        error = null;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                if (found.Count == 0)
                {
                    error = $"{path}: no rule files (*.rules) in this directory";
                    return null;
                }
                files.AddRange(found);
            }
            else
            {
                files.Add(path);
            }
        }
        return [.. files.Distinct()];
    }

    public static RuleSet? Load(IReadOnlyList<string> paths, IReadOnlyList<string> factsPaths, out string? error,
        IReadOnlyDictionary<string, DiagnosticSeverity>? severities = null)
    {
        if (RuleFiles(paths, out error) is not { } files)
            return null;
        var sources = new List<RuleSource>();
        foreach (var file in files.Concat(factsPaths))
        {
            if (SourceLoader.TryRead(file, out error) is not { } source)
                return null;
            sources.Add(file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? RuleSource.FromJsonFacts(source.Text, source.Path)
                : RuleSource.FromText(source.Text, source.Path));
        }
        var options = new NatoRulesOptions { MaxSourceLength = (int)Math.Min(int.MaxValue, SourceLoader.MaxFileBytes) };
        foreach (var (id, severity) in severities ?? new Dictionary<string, DiagnosticSeverity>())
            options.Severities[id] = severity;
        return new RuleEngine(options).TryCompile(sources);
    }
}
