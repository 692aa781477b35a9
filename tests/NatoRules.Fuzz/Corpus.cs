namespace NatoRules.Fuzz;

/// <summary>A source file of the corpus: its path (for diagnostics) and text.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>
/// Files compiled together: a folder of shipped rules, a test case alone, or a JSON facts case with
/// the rules it is read against. The fuzzer mutates one file of a group and compiles the whole group.
/// </summary>
public sealed record CorpusGroup(string Name, IReadOnlyList<SourceFile> Rules, IReadOnlyList<SourceFile> Json);

/// <summary>What the fuzzer starts from: the shipped rule library and the test suite's cases.</summary>
public sealed class Corpus
{
    private Corpus(IReadOnlyList<CorpusGroup> groups) => Groups = groups;

    /// <summary>Every group, in a fixed order so a seed replays the same input.</summary>
    public IReadOnlyList<CorpusGroup> Groups { get; }

    /// <summary>The groups that hold rules.</summary>
    public IReadOnlyList<CorpusGroup> RuleGroups => [.. Groups.Where(g => g.Rules.Count > 0)];

    /// <summary>The groups that hold JSON facts documents.</summary>
    public IReadOnlyList<CorpusGroup> JsonGroups => [.. Groups.Where(g => g.Json.Count > 0)];

    /// <summary>Reads the corpus from the repository at <paramref name="root"/>.</summary>
    public static Corpus Load(string root)
    {
        var groups = new List<CorpusGroup>();
        foreach (var folder in Directory.GetDirectories(Path.Combine(root, "rules")).Order(StringComparer.Ordinal))
            groups.Add(new CorpusGroup(Relative(root, folder), Read(root, Directory.GetFiles(folder, "*.rules")), []));

        var cases = Path.Combine(root, "tests", "NatoRules.Tests", "Cases");
        foreach (var folder in Directory.GetDirectories(cases).Order(StringComparer.Ordinal))
        {
            var context = Path.Combine(folder, "context.rules");
            foreach (var file in Directory.GetFiles(folder, "*.rules").Order(StringComparer.Ordinal))
                if (file != context && new FileInfo(file).Length < 256 * 1024)
                    groups.Add(new CorpusGroup(Relative(root, file), Read(root, [file]), []));
            var json = Directory.GetFiles(folder, "*.json");
            if (json.Length > 0 && File.Exists(context))
                foreach (var file in json.Order(StringComparer.Ordinal))
                    groups.Add(new CorpusGroup(Relative(root, file), Read(root, [context]), Read(root, [file])));
        }
        if (groups.Count == 0)
            throw new InvalidOperationException($"no rule files found under {root}");
        return new Corpus(groups);
    }

    /// <summary>The repository root: the nearest folder above <paramref name="start"/> that holds NatoRules.sln.</summary>
    public static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "NatoRules.sln")))
                return directory.FullName;
        throw new InvalidOperationException($"NatoRules.sln not found above {start}; pass --root");
    }

    private static SourceFile[] Read(string root, IEnumerable<string> files) =>
        [.. files.Order(StringComparer.Ordinal).Select(f => new SourceFile(Relative(root, f), File.ReadAllText(f)))];

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
