using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Cli.Input;

/// <summary>Loads the rule files and facts a command names into one compilation.</summary>
internal static class Workspace
{
    /// <summary>Compiles every rule file under <paramref name="paths"/> with the facts files; null and an error message when a file cannot be read.</summary>
    public static Compilation? Load(IReadOnlyList<string> paths, IReadOnlyList<string> factsPaths, out string? error)
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
        var trees = new List<SyntaxTree>();
        foreach (var file in files.Distinct())
        {
            if (SourceLoader.TryRead(file, out error) is not { } source)
                return null;
            trees.Add(SyntaxTree.Parse(source));
        }
        var documents = new List<FactsDocument>();
        foreach (var file in factsPaths)
        {
            if (SourceLoader.TryRead(file, out error) is not { } source)
                return null;
            if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                documents.Add(FactsDocument.Parse(source));
            else
                trees.Add(SyntaxTree.Parse(source));
        }
        return Compilation.Create(trees, documents);
    }
}
