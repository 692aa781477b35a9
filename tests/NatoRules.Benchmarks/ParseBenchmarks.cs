using BenchmarkDotNet.Attributes;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>Parse + bind throughput on generated rule files of 1, 10 and 50 MB (divide the size by the median for MB/s).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ParseBenchmarks
{
    private string _text = "";

    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Generated.RuleFile(Megabytes * 1024 * 1024);

    [Benchmark(Description = "parse + bind")]
    public int ParseAndBind()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(_text, "generated.rules")]);
        return compilation.Diagnostics.Count;
    }
}
