using BenchmarkDotNet.Attributes;
using NatoRules.Analysis;
using NatoRules.Binding;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>
/// Voting power computed from the shipped rules: the UN Security Council (15 members, every coalition enumerated), the
/// Council of the EU's qualified majority (27 members, 2^27 coalitions, population weights and a blocking minority) and
/// the UN General Assembly's two thirds (193 members alike, by coalition size). Targets: under 1 ms, 1 s and 1 s.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PowerBenchmarks
{
    private static readonly DateOnly AsOf = new(2024, 6, 1);
    private Compilation _rules = null!;
    private DecisionSymbol _council = null!, _qualifiedMajority = null!, _assembly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "NatoRules.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("NatoRules.sln not found");
        var files = Directory.GetFiles(Path.Combine(root, "rules"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        _rules = Compilation.Create(files.Select(f => SyntaxTree.Parse(File.ReadAllText(f), f)));
        _council = _rules.FindDecision("SubstantiveResolution")!;
        _qualifiedMajority = _rules.FindDecision("QualifiedMajority")!;
        _assembly = _rules.FindDecision("ImportantQuestion")!;
    }

    [Benchmark(Description = "UN Security Council (15)")]
    public PowerAnalysis SecurityCouncil() => _rules.Power(_council, AsOf);

    [Benchmark(Description = "EU Council QMV (27)")]
    public PowerAnalysis QualifiedMajority() => _rules.Power(_qualifiedMajority, AsOf);

    [Benchmark(Description = "UN General Assembly two thirds (193)")]
    public PowerAnalysis GeneralAssembly() => _rules.Power(_assembly, AsOf);
}
