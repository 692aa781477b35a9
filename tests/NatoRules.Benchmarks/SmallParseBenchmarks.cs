using BenchmarkDotNet.Attributes;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>
/// Parsing small files, as an editor does at every keystroke and the service does for each text it is
/// sent to check: two lines, and the shipped Secretary General file (5.7 KB). At this size what a parse
/// sets up (the grammar, the token buffer) counts as much as the text.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SmallParseBenchmarks
{
    private const string TwoLines = "body B { member A; }\ndecision D in B { require consensus; }\n";
    private string _secretaryGeneral = "";

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "NatoRules.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("NatoRules.sln not found");
        _secretaryGeneral = File.ReadAllText(Path.Combine(root, "rules", "nato", "secretary-general.rules"));
    }

    [Benchmark(Description = "parse two lines")]
    public int TwoLineFile() => SyntaxTree.Parse(TwoLines).Root.FullSpan.Length;

    [Benchmark(Description = "parse secretary-general.rules")]
    public int SecretaryGeneral() => SyntaxTree.Parse(_secretaryGeneral).Root.FullSpan.Length;
}
