using NatoRules.Binding;
using NatoRules.Evaluation;
using NatoRules.Text;

namespace NatoRules.Testing;

/// <summary>Coverage of one file: its clauses and facts, and which of them no test reached.</summary>
/// <param name="Path">The file.</param>
/// <param name="Clauses">The rule clauses and conditions in the file.</param>
/// <param name="ClausesReached">How many a test evaluated.</param>
/// <param name="Facts">The facts stated in the file.</param>
/// <param name="FactsReached">How many a test's verdict used.</param>
/// <param name="Unreached">The clauses no test reached, in source order.</param>
public sealed record FileCoverage(string Path, int Clauses, int ClausesReached, int Facts, int FactsReached, IReadOnlyList<Location> Unreached);

/// <summary>Which rule clauses and facts the tests exercised.</summary>
public sealed class CoverageReport
{
    internal CoverageReport(IReadOnlyList<FileCoverage> files) => Files = files;

    /// <summary>Per file, in path order.</summary>
    public IReadOnlyList<FileCoverage> Files { get; }

    /// <summary>All clauses.</summary>
    public int Clauses => Files.Sum(f => f.Clauses);

    /// <summary>Clauses a test reached.</summary>
    public int ClausesReached => Files.Sum(f => f.ClausesReached);

    /// <summary>The share of clauses reached, in percent (100 when there are none).</summary>
    public decimal ClausePercent => Clauses == 0 ? 100m : Math.Round(100m * ClausesReached / Clauses, 1);

    /// <summary>The share of facts used, in percent (100 when there are none).</summary>
    public decimal FactPercent => Files.Sum(f => f.Facts) is var all && all == 0 ? 100m : Math.Round(100m * Files.Sum(f => f.FactsReached) / all, 1);

    internal static CoverageReport Build(Compilation compilation, IEnumerable<Verdict> verdicts)
    {
        var clauses = new HashSet<Location>();
        foreach (var decision in compilation.Decisions)
            foreach (var condition in decision.Requirements.Concat(decision.Eligibility))
                foreach (var node in condition.DescendantsAndSelf())
                    clauses.Add(node.Location);
        foreach (var rule in compilation.Rules)
            if (rule.Condition is not null)
                foreach (var node in rule.Condition.DescendantsAndSelf())
                    clauses.Add(node.Location);

        var facts = new HashSet<Location>(compilation.Positions.Select(p => p.Location)
            .Concat(compilation.Guarantees.Select(g => g.Location))
            .Concat(compilation.FactBase.MembershipChanges.Select(c => c.Location)));

        var reachedRules = new HashSet<Location>();
        var reachedFacts = new HashSet<Location>();
        foreach (var verdict in verdicts)
        {
            Collect(verdict.Explanation, reachedRules, reachedFacts);
            reachedFacts.UnionWith(verdict.FactsUsed);
        }

        var files = clauses.Select(c => c.Path).Concat(facts.Select(f => f.Path)).Distinct().Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var fileClauses = clauses.Where(c => c.Path == path).ToList();
                var fileFacts = facts.Where(f => f.Path == path).ToList();
                var unreached = fileClauses.Where(c => !reachedRules.Contains(c)).OrderBy(c => c.Span.Start).ToList();
                return new FileCoverage(path, fileClauses.Count, fileClauses.Count - unreached.Count,
                    fileFacts.Count, fileFacts.Count(reachedFacts.Contains), unreached);
            })
            .ToList();
        return new CoverageReport(files);
    }

    private static void Collect(Explanation step, HashSet<Location> rules, HashSet<Location> facts)
    {
        if (step.Rule is { } rule)
            rules.Add(rule);
        foreach (var fact in step.Facts)
            facts.Add(fact);
        foreach (var child in step.Children)
            Collect(child, rules, facts);
    }
}
