using BenchmarkDotNet.Attributes;
using NatoRules.Binding;
using NatoRules.Evaluation;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>Evaluation time as the body grows: consensus and a member share over 32 to 100,000 members.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private Compilation _compilation = null!;
    private DecisionSymbol _decision = null!;
    private CandidateSymbol _candidate = null!;
    private static readonly DateOnly AsOf = new(2024, 1, 1);

    [Params(32, 1_000, 10_000, 100_000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = Compilation.Create([SyntaxTree.Parse(Generated.Consensus(Members), "scaling.rules")]);
        _decision = _compilation.FindDecision("D")!;
        _candidate = _compilation.FindCandidate("X")!;
    }

    [Benchmark(Description = "verdict")]
    public Verdict Verdict() => _compilation.Evaluate(_decision, _candidate, AsOf);

    [Benchmark(Description = "bool")]
    public bool Bool() => _compilation.IsApproved(_decision, _candidate, AsOf);
}
