namespace NatoRules.Diagnostics;

public static partial class DiagnosticDescriptors
{
    private const string Analysis = "Analysis";

    /// <summary>NR3001: a guarantee no conditional position waits for.</summary>
    public static readonly DiagnosticDescriptor UnrequestedGuarantee = new(
        "NR3001", "Guarantee nobody asks for", "guarantee {0} to {1} lifts no position: no position of {1} is conditional on {0}", Analysis, DiagnosticSeverity.Warning);

    /// <summary>NR3002: a condition that can never be met.</summary>
    public static readonly DiagnosticDescriptor NeverMet = new(
        "NR3002", "Condition that can never be met", "`{0}` can never be met: it requires both `{1}` and its negation", Analysis, DiagnosticSeverity.Warning);

    /// <summary>NR3003: a rule no decision uses.</summary>
    public static readonly DiagnosticDescriptor UnusedRule = new(
        "NR3003", "Rule no decision uses", "rule '{0}' is used by no decision", Analysis, DiagnosticSeverity.Info);

    /// <summary>NR3004: a decision with no eligible candidate.</summary>
    public static readonly DiagnosticDescriptor NoCandidate = new(
        "NR3004", "Decision with no eligible candidate", "decision '{0}' has no eligible candidate: {1}", Analysis, DiagnosticSeverity.Info);

    /// <summary>NR3005: a fact dated after the as-of date of every test.</summary>
    public static readonly DiagnosticDescriptor FactAfterEveryTest = new(
        "NR3005", "Fact after every test", "this fact is dated {0}, after every test's date (the latest is {1}), so no test checks it", Analysis, DiagnosticSeverity.Info);

    /// <summary>NR3100: a verdict that is not approved, reported by <c>check</c> in the msbuild and SARIF formats.</summary>
    public static readonly DiagnosticDescriptor NotApproved = new(
        "NR3100", "Decision not approved", "{0}", "Verdict", DiagnosticSeverity.Warning);

    private static IEnumerable<DiagnosticDescriptor> AnalysisDescriptors() =>
        [UnrequestedGuarantee, NeverMet, UnusedRule, NoCandidate, FactAfterEveryTest, NotApproved];
}
