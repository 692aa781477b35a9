using NatoRules.Diagnostics;

namespace NatoRules.Hosting;

/// <summary>Limits and settings of a <see cref="RuleEngine"/>. The defaults are safe for untrusted input.</summary>
public sealed class NatoRulesOptions
{
    /// <summary>The longest source, in characters, a compilation accepts (default 64 Mi). A longer one gets NR1016 and is not parsed.</summary>
    public int MaxSourceLength { get; set; } = 64 * 1024 * 1024;

    /// <summary>How deeply conditions may nest (default 64); deeper nesting gets NR1014.</summary>
    public int MaxNestingDepth { get; set; } = 64;

    /// <summary>How many declarations and members all sources together may declare (default 1,000,000); more gets NR1017.</summary>
    public int MaxDeclarations { get; set; } = 1_000_000;

    /// <summary>How many facts (statements of <c>facts</c> blocks) one rule file may state (default 1,000,000); more gets NR1019.</summary>
    public int MaxFactsPerFile { get; set; } = 1_000_000;

    /// <summary>How many steps one evaluation may take (default 100,000,000); a step is one member looked at by one condition.</summary>
    public long MaxEvaluationSteps { get; set; } = 100_000_000;

    /// <summary>
    /// How many steps one compilation may take, binding and running its tests (default 1,000,000,000): a step is a
    /// declaration, statement or condition bound, a fact copied for a what-if, or a member looked at by a condition.
    /// Binding over it gets NR2037; a test run over it throws <see cref="Evaluation.EvaluationLimitExceededException"/>.
    /// </summary>
    public long MaxCompilationSteps { get; set; } = WorkBudget.DefaultLimit;

    /// <summary>
    /// Severities by diagnostic id, like <c>.editorconfig</c>'s <c>dotnet_diagnostic.ID.severity</c>: a severity, or
    /// <see cref="DiagnosticSeverity.Hidden"/> for none. Errors of the syntax and binding stages (NR1xxx, NR2xxx) cannot be lowered.
    /// </summary>
    public IDictionary<string, DiagnosticSeverity> Severities { get; } = new Dictionary<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the built-in analyzers (NR3001 to NR3005) run.</summary>
    public bool UseBuiltInAnalyzers { get; set; } = true;
}
