using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NatoRules.Binding;
using NatoRules.Analysis;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Hosting;

/// <summary>The default <see cref="IRuleEngine"/>: enforces the options' limits, runs the analyzers and applies severities.</summary>
public sealed partial class RuleEngine : IRuleEngine
{
    private readonly NatoRulesOptions _options;
    private readonly IReadOnlyList<RuleAnalyzer> _analyzers;
    private readonly ILogger _logger;

    /// <summary>Creates an engine; with DI, <c>AddNatoRules()</c> does this.</summary>
    /// <param name="options">Limits and severities; the defaults when null.</param>
    /// <param name="analyzers">Analyzers to run besides the built-in ones.</param>
    /// <param name="logger">Where compilations and evaluations are logged, at Debug; none when null.</param>
    public RuleEngine(NatoRulesOptions? options = null, IEnumerable<RuleAnalyzer>? analyzers = null, ILogger<RuleEngine>? logger = null)
    {
        _options = options ?? new NatoRulesOptions();
        _analyzers = [.. (_options.UseBuiltInAnalyzers ? BuiltInAnalyzers.Create() : []), .. analyzers ?? []];
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc/>
    public RuleSet Compile(IEnumerable<RuleSource> sources, CancellationToken cancellationToken = default)
    {
        var ruleSet = TryCompile(sources, cancellationToken);
        return ruleSet.HasErrors ? throw new RuleCompilationException(ruleSet) : ruleSet;
    }

    /// <inheritdoc/>
    public RuleSet TryCompile(IEnumerable<RuleSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var list = sources.ToList();
        using var activity = NatoRulesTelemetry.Source.StartActivity("NatoRules.Compile");
        var started = Stopwatch.GetTimestamp();
        var ruleSet = CompileCore(list, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var errors = ruleSet.Diagnostics.Count(d => d.IsError);
        NatoRulesTelemetry.Compiled(elapsed, errors > 0);
        activity?.SetTag("natorules.sources", list.Count);
        activity?.SetTag("natorules.errors", errors);
        if (errors > 0)
            activity?.SetStatus(ActivityStatusCode.Error, $"{errors} errors");
        LogCompiled(_logger, list.Count, errors, elapsed.TotalMilliseconds);
        return ruleSet;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Compiled {Sources} sources: {Errors} errors in {ElapsedMs} ms")]
    private static partial void LogCompiled(ILogger logger, int sources, int errors, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Evaluated {Decision} for {Candidate} as of {AsOf}: {Outcome} in {ElapsedMs} ms")]
    private static partial void LogEvaluated(ILogger logger, string decision, string candidate, string asOf, string outcome, double elapsedMs);

    private RuleSet CompileCore(List<RuleSource> list, CancellationToken cancellationToken)
    {
        var limits = new List<Diagnostic>();
        var trees = new List<SyntaxTree>();
        var documents = new List<FactsDocument>();
        var parseOptions = new ParseOptions { MaxNestingDepth = _options.MaxNestingDepth };
        var declarations = 0;
        foreach (var source in list)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (source.Text.Length > _options.MaxSourceLength)
            {
                // Checked before parsing, so an oversized source costs nothing but this diagnostic.
                limits.Add(Diagnostic.Create(DiagnosticDescriptors.SourceTooLarge, new Location(source.Text, new TextSpan(0, 0)),
                    source.Text.Length, _options.MaxSourceLength));
                continue;
            }
            if (source.IsJsonFacts)
            {
                documents.Add(FactsDocument.Parse(source.Text));
                continue;
            }
            var tree = SyntaxTree.Parse(source.Text, parseOptions);
            var facts = tree.Root.Declarations.OfType<FactsDeclarationSyntax>().Sum(f => f.Block.Statements.Count);
            if (facts > _options.MaxFactsPerFile)
            {
                limits.Add(Diagnostic.Create(DiagnosticDescriptors.TooManyFacts, new Location(source.Text, new TextSpan(0, 0)), facts, _options.MaxFactsPerFile));
                continue;
            }
            trees.Add(tree);
            declarations += tree.Root.Declarations.Count
                + tree.Root.Declarations.OfType<BodyDeclarationSyntax>().Sum(b => b.Block.Statements.Count);
            if (declarations > _options.MaxDeclarations)
            {
                limits.Add(Diagnostic.Create(DiagnosticDescriptors.TooManyDeclarations, new Location(source.Text, new TextSpan(0, 0)),
                    declarations, _options.MaxDeclarations));
                return new RuleSet(Compilation.Create([], []), limits);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        var compilation = Compilation.Create(trees, documents, _options.MaxCompilationSteps);
        var diagnostics = new List<Diagnostic>(limits);
        diagnostics.AddRange(compilation.Diagnostics);
        if (!compilation.HasErrors)
        {
            var context = new AnalysisContext(compilation, diagnostics, cancellationToken);
            foreach (var analyzer in _analyzers)
            {
                cancellationToken.ThrowIfCancellationRequested();
                analyzer.Analyze(context);
            }
        }
        return new RuleSet(compilation, ApplySeverities(diagnostics));
    }

    private static UnknownNameException UnknownDecision(Compilation compilation, string decision) =>
        compilation.WhyNoDecision(decision) switch
        {
            ({ } ambiguity, _) => new UnknownNameException(char.ToUpperInvariant(ambiguity[0]) + ambiguity[1..] + "."),
            (_, var suggestion) => new UnknownNameException("decision", decision, suggestion),
        };

    private List<Diagnostic> ApplySeverities(List<Diagnostic> diagnostics)
    {
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!_options.Severities.TryGetValue(diagnostic.Id, out var severity)
                || (diagnostic.IsError && diagnostic.Id[2] is '1' or '2' && severity < DiagnosticSeverity.Error))
            {
                result.Add(diagnostic);
                continue;
            }
            if (severity != DiagnosticSeverity.Hidden)
                result.Add(diagnostic.WithSeverity(severity));
        }
        return result;
    }

    /// <inheritdoc/>
    public Verdict Evaluate(RuleSet rules, string decision, string candidate, DateOnly asOf, FactsDocument? facts = null,
        CancellationToken cancellationToken = default)
    {
        using var activity = NatoRulesTelemetry.Source.StartActivity("NatoRules.Evaluate");
        activity?.SetTag("natorules.decision", decision);
        activity?.SetTag("natorules.candidate", candidate);
        var started = Stopwatch.GetTimestamp();
        var verdict = EvaluateCore(rules, decision, candidate, asOf, facts, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var outcome = verdict.Outcome.ToText();
        NatoRulesTelemetry.Evaluated(elapsed, outcome);
        activity?.SetTag("natorules.outcome", outcome);
        if (_logger.IsEnabled(LogLevel.Debug))
            LogEvaluated(_logger, decision, candidate, Dates.Iso(asOf), outcome, elapsed.TotalMilliseconds);
        return verdict;
    }

    private Verdict EvaluateCore(RuleSet rules, string decision, string candidate, DateOnly asOf, FactsDocument? facts,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        cancellationToken.ThrowIfCancellationRequested();
        if (rules.HasErrors)
            throw new RuleCompilationException(rules);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(candidate);
        var compilation = rules.Compilation;
        FactBase? added = null;
        if (facts is not null)
        {
            // Facts that bind against the compiled symbols alone are added to theirs; only others (new
            // candidates or matters, unknown names, same-day positions) compile everything again.
            if (facts.Input is { } input && !facts.Diagnostics.Any(d => d.IsError))
                added = compilation.TryAddFacts(input);
            if (added is null)
            {
                compilation = Compilation.Create(compilation.SyntaxTrees, [.. compilation.FactsDocuments, facts], compilation.MaxSteps);
                if (compilation.HasErrors)
                    throw new RuleCompilationException(new RuleSet(compilation, compilation.Diagnostics));
            }
        }
        var decisionSymbol = compilation.FindDecision(decision) ?? throw UnknownDecision(compilation, decision);
        var candidateSymbol = compilation.FindCandidate(candidate) ?? throw new UnknownNameException("candidate or proposal", candidate,
            NameSuggester.Suggest(candidate, compilation.Candidates.Select(c => c.Name)));
        cancellationToken.ThrowIfCancellationRequested();
        return added is null
            ? compilation.Evaluate(decisionSymbol, candidateSymbol, asOf, _options.MaxEvaluationSteps)
            : compilation.Evaluate(decisionSymbol, candidateSymbol, asOf, added, _options.MaxEvaluationSteps);
    }
}
