using BenchmarkDotNet.Attributes;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Hosting;

namespace NatoRules.Benchmarks;

/// <summary>
/// An evaluation through the engine against the NATO rule library, without facts of its own, with a
/// facts document that binds against the compiled rules (positions and guarantees on known names), and
/// with one that declares a candidate and so compiles the library again: what facts cost per request.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExtraFactsBenchmarks
{
    private static readonly DateOnly AsOf = new(2024, 6, 26);
    private RuleEngine _engine = null!;
    private RuleSet _rules = null!;
    private FactsDocument _bound = null!;
    private FactsDocument _recompiled = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "NatoRules.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("NatoRules.sln not found");
        _engine = new RuleEngine();
        _rules = _engine.Compile(Directory.GetFiles(Path.Combine(root, "rules", "nato"), "*.rules").Order(StringComparer.Ordinal)
            .Select(f => RuleSource.FromText(File.ReadAllText(f), f)));
        _bound = FactsDocument.Parse("""
            { "facts": "Extra", "for": ["SecretaryGeneral"],
              "positions": [{ "on": "2024-06-21", "member": "POL", "stance": "objects", "candidate": "Rutte", "unless": "UkraineOptOut" }],
              "guarantees": [{ "matter": "UkraineOptOut", "from": "Rutte", "to": "POL", "form": "written", "on": "2024-06-24" }] }
            """, "request");
        _recompiled = FactsDocument.Parse("""
            { "facts": "Extra", "for": ["SecretaryGeneral"], "candidates": [{ "name": "Other", "national": "NOR" }],
              "positions": [{ "on": "2024-06-21", "member": "POL", "stance": "objects", "candidate": "Rutte", "unless": "UkraineOptOut" }],
              "guarantees": [{ "matter": "UkraineOptOut", "from": "Rutte", "to": "POL", "form": "written", "on": "2024-06-24" }] }
            """, "request");
    }

    [Benchmark(Baseline = true, Description = "no facts")]
    public Verdict WithoutFacts() => _engine.Evaluate(_rules, "SecretaryGeneral", "Rutte", AsOf);

    [Benchmark(Description = "facts bound against the compiled rules")]
    public Verdict WithBoundFacts() => _engine.Evaluate(_rules, "SecretaryGeneral", "Rutte", AsOf, _bound);

    [Benchmark(Description = "facts that compile the library again")]
    public Verdict WithRecompilingFacts() => _engine.Evaluate(_rules, "SecretaryGeneral", "Rutte", AsOf, _recompiled);
}
