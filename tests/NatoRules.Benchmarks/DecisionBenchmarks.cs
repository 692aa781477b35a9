using BenchmarkDotNet.Attributes;
using NatoRules.Binding;
using NatoRules.Evaluation;

namespace NatoRules.Benchmarks;

/// <summary>
/// One decision, five ways: NatoRules' verdict (outcome, blockers with what would lift them, tallies,
/// thresholds), the same with its explanation tree built, its boolean path, Microsoft RulesEngine and
/// NRules. Compilation happens once in setup.
/// </summary>
[MemoryDiagnoser]
public class DecisionBenchmarks
{
    private Compilation _compilation = null!;
    private DecisionSymbol _decision = null!;
    private CandidateSymbol _candidate = null!;
    private DateOnly _asOf;
    private DecisionInput _input = null!;
    private PeerEngines _peers = null!;
    private string _kind = "";

    [ParamsSource(nameof(Names))]
    public string Scenario { get; set; } = "";

    public static IEnumerable<string> Names => global::NatoRules.Benchmarks.Scenario.All.Select(s => s.Name);

    [GlobalSetup]
    public void Setup()
    {
        var scenario = global::NatoRules.Benchmarks.Scenario.Find(Scenario);
        _compilation = scenario.Compile();
        _decision = _compilation.FindDecision("D")!;
        _candidate = _compilation.FindCandidate(scenario.Candidate)!;
        _asOf = scenario.AsOf;
        _input = scenario.Resolve();
        _kind = scenario.Kind;
        _peers = new PeerEngines();
    }

    [Benchmark(Description = "NatoRules verdict")]
    public Verdict NatoRulesVerdict() => _compilation.Evaluate(_decision, _candidate, _asOf);

    // The explanation is built when first read; reading it here times the verdict with its whole tree.
    [Benchmark(Description = "NatoRules verdict + explanation")]
    public Explanation NatoRulesExplained() => _compilation.Evaluate(_decision, _candidate, _asOf).Explanation;

    [Benchmark(Description = "NatoRules bool")]
    public bool NatoRulesBool() => _compilation.IsApproved(_decision, _candidate, _asOf);

    [Benchmark(Baseline = true, Description = "RulesEngine")]
    public bool RulesEngine() => _peers.RulesEngineApproves(_kind, _input);

    [Benchmark(Description = "NRules")]
    public bool NRules() => _peers.NRulesApproves(_kind, _input);
}
