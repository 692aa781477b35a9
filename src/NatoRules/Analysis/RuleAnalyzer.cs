using NatoRules.Diagnostics;

namespace NatoRules.Analysis;

/// <summary>
/// Inspects a bound compilation and reports diagnostics with its own ids, like a Roslyn
/// <c>DiagnosticAnalyzer</c>. Built-in analyzers use NR3xxx; your own should use ids outside NR1xxx-NR3xxx.
/// Register one with <c>AddNatoRules().AddAnalyzer&lt;T&gt;()</c>.
/// </summary>
public abstract class RuleAnalyzer
{
    /// <summary>The descriptors of every diagnostic this analyzer may report.</summary>
    public abstract IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>Analyzes the compilation, reporting through <paramref name="context"/>.</summary>
    public abstract void Analyze(AnalysisContext context);
}

/// <summary>What an analyzer sees: the compilation, and where it reports.</summary>
public sealed class AnalysisContext
{
    private readonly List<Diagnostic> _diagnostics;

    internal AnalysisContext(Compilation compilation, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Compilation = compilation;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    /// <summary>The bound compilation, free of errors.</summary>
    public Compilation Compilation { get; }

    /// <summary>Cancels the analysis.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a diagnostic.</summary>
    public void Report(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _diagnostics.Add(diagnostic);
    }
}
