using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>
/// Parse + bind throughput on generated rule files of 1, 10 and 50 MB (divide the size by the median for MB/s),
/// under the runtime's default, concurrent garbage collector (what an embedding application gets unless it
/// chooses) and under the non-concurrent one the command line is built with.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CollectorJobs))]
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

    private sealed class CollectorJobs : ManualConfig
    {
        public CollectorJobs()
        {
            var job = Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10);
            AddJob(job.WithGcConcurrent(true).WithId("concurrent GC"));
            AddJob(job.WithGcConcurrent(false).WithId("non-concurrent GC"));
        }
    }
}
