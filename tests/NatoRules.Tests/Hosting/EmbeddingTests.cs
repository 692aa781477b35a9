using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NatoRules.Analysis;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Hosting;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Hosting;

public sealed class EmbeddingTests
{
    private const string Rules = """
        body NATO { member HUN joined 1999-03-12; member NLD joined 1949-08-24; member TUR joined 1952-02-18; }
        matter UkraineOptOut "no forced part";
        decision SecretaryGeneral in NATO {
          eligible when candidate is national of member;
          require consensus;
          guarantees count when written and given by candidate;
        }
        facts Base for SecretaryGeneral { candidate Rutte national NLD; }
        """;

    private static RuleSource[] Sources => [RuleSource.FromText(Rules, "nato.rules")];

    [Test]
    public void AddNatoRules_registers_a_singleton_engine_and_cache()
    {
        using var provider = new ServiceCollection().AddNatoRules().Services.BuildServiceProvider();
        provider.GetRequiredService<IRuleEngine>().ShouldBeSameAs(provider.GetRequiredService<IRuleEngine>());
        provider.GetRequiredService<IRuleSetCache>().ShouldBeSameAs(provider.GetRequiredService<IRuleSetCache>());
        provider.GetRequiredService<IOptions<NatoRulesOptions>>().Value.MaxNestingDepth.ShouldBe(64);
    }

    [Test]
    public void Facts_built_in_code_are_evaluated_with_the_rules()
    {
        using var provider = new ServiceCollection().AddNatoRules().Services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRuleEngine>();
        var rules = engine.Compile(Sources);
        var facts = FactsBuilder.For("Live", "SecretaryGeneral")
            .Member("HUN").Objects("Rutte", on: new DateOnly(2024, 3, 1), unless: "UkraineOptOut")
            .Member("TUR").Objects("Rutte", on: new DateOnly(2024, 1, 1))
            .Member("TUR").Supports("Rutte", on: new DateOnly(2024, 4, 29))
            .Guarantee("UkraineOptOut", from: "Rutte", to: "HUN", form: "written", on: new DateOnly(2024, 6, 18))
            .Build();

        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 4, 1), facts).BlockerCodes().ShouldBe(["HUN", "TUR"]);
        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 6, 17), facts).BlockerCodes().ShouldBe(["HUN"]);
        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 6, 18), facts).Outcome.ShouldBe(Outcome.Approved);
    }

    [Test]
    public void Facts_built_in_code_report_mistakes_with_a_readable_location()
    {
        var engine = new RuleEngine();
        var rules = engine.Compile(Sources);
        var facts = FactsBuilder.For("Live", "SecretaryGeneral").Member("HUNG").Objects("Rutte", on: new DateOnly(2024, 3, 1)).Build();

        var error = Should.Throw<RuleCompilationException>(() => engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 4, 1), facts));
        var diagnostic = error.RuleSet!.Diagnostics.Single(d => d.IsError);
        diagnostic.Id.ShouldBe("NR2001");
        diagnostic.Location.Path.ShouldBe("Live (built in code)");
        diagnostic.Location.Source.ToString(diagnostic.Location.Span).ShouldBe("on 2024-03-01: HUNG objects Rutte;");
    }

    [Test]
    public void TryCompile_never_throws_on_bad_input_and_Compile_does()
    {
        var engine = new RuleEngine();
        var bad = new[] { RuleSource.FromText("body { member ; } decision in NATOO { require ((; }", "bad.rules"), RuleSource.FromJsonFacts("{ not json", "f.json") };

        var ruleSet = engine.TryCompile(bad);
        ruleSet.HasErrors.ShouldBeTrue();
        ruleSet.Diagnostics.Select(d => d.Id).ShouldContain("NR1101");
        Should.Throw<RuleCompilationException>(() => engine.Compile(bad)).Message.ShouldStartWith("The rules have ");
    }

    [Test]
    public void A_decision_or_candidate_from_another_compilation_is_refused()
    {
        Compilation Compile() => Compilation.Create([NatoRules.Syntax.SyntaxTree.Parse(Rules, "nato.rules")]);
        var (one, other) = (Compile(), Compile());
        var date = new DateOnly(2024, 6, 1);
        var (decision, candidate) = (one.FindDecision("SecretaryGeneral")!, one.FindCandidate("Rutte")!);
        one.IsApproved(decision, candidate, date).ShouldBeTrue();

        Should.Throw<ArgumentException>(() => one.IsApproved(decision, other.FindCandidate("Rutte")!, date)).ParamName.ShouldBe("candidate");
        Should.Throw<ArgumentException>(() => one.Evaluate(decision, other.FindCandidate("Rutte")!, date)).ParamName.ShouldBe("candidate");
        Should.Throw<ArgumentException>(() => one.Evaluate(other.FindDecision("SecretaryGeneral")!, candidate, date)).ParamName.ShouldBe("decision");
    }

    [Test]
    public void Unknown_names_at_evaluation_name_what_was_asked_and_suggest_the_nearest()
    {
        var engine = new RuleEngine();
        var rules = engine.Compile(Sources);
        Should.Throw<UnknownNameException>(() => engine.Evaluate(rules, "Nope", "Rutte", new DateOnly(2024, 1, 1)))
            .Message.ShouldBe("There is no decision 'Nope'.");
        var typo = Should.Throw<UnknownNameException>(() => engine.Evaluate(rules, "SecretaryGeneral", "Rute", new DateOnly(2024, 1, 1)));
        typo.Message.ShouldBe("There is no candidate or proposal 'Rute'; did you mean 'Rutte'?");
        typo.Suggestion.ShouldBe("Rutte");
        Should.Throw<UnknownNameException>(() => engine.Evaluate(rules, "SecretaryGenral", "Rutte", new DateOnly(2024, 1, 1)))
            .Suggestion.ShouldBe("SecretaryGeneral");
    }

    private sealed class NoDutchCandidates : RuleAnalyzer
    {
        public static readonly DiagnosticDescriptor Descriptor = new("ACME001", "Dutch candidate", "candidate '{0}' is Dutch", "Custom", DiagnosticSeverity.Warning);

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

        public override void Analyze(AnalysisContext context)
        {
            foreach (var candidate in context.Compilation.Candidates.Where(c => c.Nationality == "NLD"))
                context.Report(Diagnostic.Create(Descriptor, candidate.Location!, candidate.Name));
        }
    }

    [Test]
    public void A_user_analyzer_added_through_DI_reports_with_its_own_id()
    {
        using var provider = new ServiceCollection().AddNatoRules().AddAnalyzer<NoDutchCandidates>().Services.BuildServiceProvider();
        var ruleSet = provider.GetRequiredService<IRuleEngine>().TryCompile(Sources);
        var diagnostic = ruleSet.Diagnostics.Single(d => d.Id == "ACME001");
        diagnostic.Message.ShouldBe("candidate 'Rutte' is Dutch");
        diagnostic.Severity.ShouldBe(DiagnosticSeverity.Warning);
    }

    [Test]
    public void Severities_are_configurable_per_id()
    {
        var raised = new ServiceCollection().AddNatoRules().AddAnalyzer<NoDutchCandidates>()
            .WithSeverity("ACME001", DiagnosticSeverity.Error).WithSeverity("NR3001", DiagnosticSeverity.Hidden);
        using var provider = raised.Services.BuildServiceProvider();
        var ruleSet = provider.GetRequiredService<IRuleEngine>().TryCompile(Sources);
        ruleSet.HasErrors.ShouldBeTrue();
        ruleSet.Diagnostics.Single(d => d.Id == "ACME001").Severity.ShouldBe(DiagnosticSeverity.Error);

        var lowered = new RuleEngine(new NatoRulesOptions { Severities = { ["NR2001"] = DiagnosticSeverity.Hidden } });
        var broken = lowered.TryCompile([RuleSource.FromText(Rules + "facts X for SecretaryGeneral { on 2024-01-01: HUNG objects Rutte; }")]);
        broken.HasErrors.ShouldBeTrue("errors of binding cannot be hidden");
    }

    private sealed class CountingCache : IRuleSetCache
    {
        public int Calls;

        public RuleSet GetOrAdd(IReadOnlyList<RuleSource> sources, Func<IReadOnlyList<RuleSource>, RuleSet> compile)
        {
            Calls++;
            return compile(sources);
        }
    }

    [Test]
    public void WithRuleSetCache_replaces_the_cache_and_the_default_compiles_once()
    {
        using var provider = new ServiceCollection().AddNatoRules().WithRuleSetCache<CountingCache>().Services.BuildServiceProvider();
        var cache = provider.GetRequiredService<IRuleSetCache>().ShouldBeOfType<CountingCache>();
        var engine = provider.GetRequiredService<IRuleEngine>();
        cache.GetOrAdd(Sources, s => engine.Compile(s));
        cache.Calls.ShouldBe(1);

        var real = new RuleSetCache();
        var compiled = 0;
        var first = real.GetOrAdd(Sources, s => { compiled++; return engine.Compile(s); });
        real.GetOrAdd([RuleSource.FromText(Rules, "nato.rules")], s => { compiled++; return engine.Compile(s); }).ShouldBeSameAs(first);
        compiled.ShouldBe(1);
    }

    [Test]
    public void Decisions_are_found_by_qualified_name_and_by_a_short_name_only_one_body_has()
    {
        var engine = new RuleEngine();
        var rules = engine.Compile([
            RuleSource.FromText("body A { member X; } decision D in A { require consensus; } facts F for D { proposal P; }", "a.rules"),
            RuleSource.FromText("body B { member Y; } decision D in B { require consensus; } decision E in B { require consensus; } facts G for D, E { proposal Q; }", "b.rules"),
        ]);
        engine.Evaluate(rules, "A.D", "P", new DateOnly(2024, 1, 1)).Decision.Body.Name.ShouldBe("A");
        engine.Evaluate(rules, "B.D", "Q", new DateOnly(2024, 1, 1)).Decision.Body.Name.ShouldBe("B");
        engine.Evaluate(rules, "E", "Q", new DateOnly(2024, 1, 1)).Decision.QualifiedName.ShouldBe("B.E");
        Should.Throw<UnknownNameException>(() => engine.Evaluate(rules, "D", "P", new DateOnly(2024, 1, 1)))
            .Message.ShouldBe("Decision 'D' is declared in 2 bodies: write A.D or B.D.");
    }

    [Test]
    public void AddNatoRules_called_twice_registers_once_and_applies_both()
    {
        var services = new ServiceCollection();
        services.AddNatoRules(options => options.MaxEvaluationSteps = 150);
        services.AddNatoRules(options => options.MaxNestingDepth = 8).WithSeverity("NR3003", DiagnosticSeverity.Error);
        services.Count(s => s.ServiceType == typeof(IRuleEngine)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<NatoRulesOptions>>().Value;
        (options.MaxEvaluationSteps, options.MaxNestingDepth, options.Severities["NR3003"]).ShouldBe((150L, 8, DiagnosticSeverity.Error));
        // The engine uses them: the severity applies.
        var rules = provider.GetRequiredService<IRuleEngine>().TryCompile([RuleSource.FromText("body B { member A; } rule Unused = consensus;")]);
        rules.Diagnostics.Single(d => d.Id == "NR3003").Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Test]
    public void Options_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NatoRules:MaxEvaluationSteps"] = "150",
            ["NatoRules:MaxFactsPerFile"] = "7",
            ["NatoRules:Severities:NR3003"] = "Error",
        }).Build();
        using var provider = new ServiceCollection().AddNatoRules(configuration.GetSection("NatoRules")).Services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<NatoRulesOptions>>().Value;
        (options.MaxEvaluationSteps, options.MaxFactsPerFile, options.Severities["NR3003"]).ShouldBe((150L, 7, DiagnosticSeverity.Error));
        options.MaxNestingDepth.ShouldBe(64, "what the configuration leaves out keeps its default");
    }

    [Test]
    public void Compilations_and_evaluations_are_logged_traced_and_measured_under_NatoRules()
    {
        var logged = new List<string>();
        var activities = new List<System.Diagnostics.Activity>();
        using var listener = new System.Diagnostics.ActivityListener
        {
            ShouldListenTo = source => source.Name == NatoRulesTelemetry.Name,
            Sample = (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
            ActivityStopped = activities.Add,
        };
        System.Diagnostics.ActivitySource.AddActivityListener(listener);
        var measured = new List<(string Instrument, object? Tag)>();
        using var meters = new System.Diagnostics.Metrics.MeterListener();
        meters.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == NatoRulesTelemetry.Name)
                l.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<long>((instrument, _, tags, _) => measured.Add((instrument.Name, tags.ToArray().FirstOrDefault().Value)));
        meters.SetMeasurementEventCallback<double>((instrument, _, tags, _) => measured.Add((instrument.Name, tags.ToArray().FirstOrDefault().Value)));
        meters.Start();

        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(new ListLoggerFactory(logged));
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddNatoRules();
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<IRuleEngine>();
        var rules = engine.Compile(Sources);
        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 1, 1));

        logged.ShouldContain(l => l.StartsWith("Debug: Compiled 1 sources: 0 errors in ", StringComparison.Ordinal));
        logged.ShouldContain(l => l.StartsWith("Debug: Evaluated SecretaryGeneral for Rutte as of 2024-01-01: approved in ", StringComparison.Ordinal));
        activities.Select(a => a.OperationName).ShouldContain("NatoRules.Compile");
        activities.Single(a => a.OperationName == "NatoRules.Evaluate").GetTagItem("natorules.outcome").ShouldBe("approved");
        measured.ShouldContain(("natorules.compilations", (object?)false));
        measured.ShouldContain(("natorules.evaluations", (object?)"approved"));
        measured.Select(m => m.Instrument).ShouldContain("natorules.evaluation.duration");
    }

    private sealed class ListLoggerFactory(List<string> lines) : ILoggerFactory
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (lines)
                lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}
