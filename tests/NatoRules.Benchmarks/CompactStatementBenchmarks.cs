using BenchmarkDotNet.Attributes;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>
/// What it costs to expand the compact <c>on</c> statements of a facts block (a tool walking into every
/// statement of a large file): parse the block, then ask each of its 2,000 statements for its event.
/// Each expansion should read its own text only, a few small objects, not a parser's buffers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CompactStatementBenchmarks
{
    private const int Statements = 2_000;
    private string _text = "";

    [GlobalSetup]
    public void Setup() =>
        _text = "facts F for D {\n" + string.Concat(Enumerable.Range(0, Statements).Select(i => $"  on 2024-01-01: M{i} supports C;\n")) + "}\n";

    [Benchmark(Description = "parse 2,000 statements")]
    public int Parse() => SyntaxTree.Parse(_text, "f.rules").Root.FullSpan.Length;

    [Benchmark(Description = "parse and expand 2,000 statements")]
    public int ParseAndExpand()
    {
        var tree = SyntaxTree.Parse(_text, "f.rules");
        var widths = 0;
        foreach (var statement in ((FactsDeclarationSyntax)tree.Root.Declarations[0]).Block.Statements)
            widths += ((OnStatementSyntax)statement).Event.FullSpan.Length;
        return widths;
    }
}
