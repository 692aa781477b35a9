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

/// <summary>
/// A day the facts change for a candidate (a position taken on it or on a rival candidate stated in the
/// same facts, a guarantee such positions wait for, a candidacy declared or withdrawn, a member joining or leaving), and whether tests stand on either side:
/// one as of a day from the change point before it up to the day before this one, one from this day
/// up to the next change point.
/// </summary>
/// <param name="Candidate">The candidate or proposal.</param>
/// <param name="Date">The day the facts change.</param>
/// <param name="Fact">The first fact that changes on that day.</param>
/// <param name="Since">The change point before it, if any: the interval a test before it must fall in starts there.</param>
/// <param name="Until">The change point after it, if any: the interval a test from it must fall in ends the day before.</param>
/// <param name="TestedBefore">Whether a test evaluates the candidate in the interval before the day.</param>
/// <param name="TestedFrom">Whether a test evaluates the candidate in the interval from the day.</param>
public sealed record DateCoverage(string Candidate, DateOnly Date, Location Fact, DateOnly? Since, DateOnly? Until, bool TestedBefore, bool TestedFrom)
{
    /// <summary>Whether tests stand on both sides of the change.</summary>
    public bool Covered => TestedBefore && TestedFrom;
}

/// <summary>Which rule clauses and facts the tests exercised, and which of the facts' change points they stand on either side of.</summary>
public sealed class CoverageReport
{
    internal CoverageReport(IReadOnlyList<FileCoverage> files, IReadOnlyList<DateCoverage> dates)
    {
        Files = files;
        Dates = dates;
    }

    /// <summary>Every change point of the facts, by candidate and date.</summary>
    public IReadOnlyList<DateCoverage> Dates { get; }

    /// <summary>The share of change points with tests on both sides, in percent (100 when there are none).</summary>
    public decimal DatePercent => Dates.Count == 0 ? 100m : Math.Round(100m * Dates.Count(d => d.Covered) / Dates.Count, 1);

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

    /// <summary>What the verdicts of a test run reached, taken from each as it is made, so that the run keeps no explanation.</summary>
    internal sealed class Collector
    {
        private readonly HashSet<Location> _reachedRules = [];
        private readonly HashSet<Location> _reachedFacts = [];
        private readonly Dictionary<CandidateSymbol, List<DateOnly>> _tested = [];

        public void Add(Verdict verdict)
        {
            if (!_tested.TryGetValue(verdict.Candidate, out var days))
                _tested[verdict.Candidate] = days = [];
            days.Add(verdict.AsOf);
            Collect(verdict.Explanation, _reachedRules, _reachedFacts);
            _reachedFacts.UnionWith(verdict.FactsUsed);
        }

        public CoverageReport Build(Compilation compilation) => CoverageReport.Build(compilation, _reachedRules, _reachedFacts, _tested);
    }

    private static CoverageReport Build(Compilation compilation, HashSet<Location> reachedRules, HashSet<Location> reachedFacts,
        Dictionary<CandidateSymbol, List<DateOnly>> tested)
    {
        var clauses = new HashSet<Location>();
        foreach (var decision in compilation.Decisions)
            foreach (var condition in decision.Requirements.Concat(decision.Eligibility).Concat(decision.Quorum is { } quorum ? [quorum] : []))
                foreach (var node in condition.DescendantsAndSelf())
                    clauses.Add(node.Location);
        foreach (var rule in compilation.Rules)
            if (rule.Condition is not null)
                foreach (var node in rule.Condition.DescendantsAndSelf())
                    clauses.Add(node.Location);

        var facts = new HashSet<Location>(compilation.Positions.Select(p => p.Location)
            .Concat(compilation.Guarantees.Select(g => g.Location))
            .Concat(compilation.FactBase.MembershipChanges.Select(c => c.Location))
            .Concat(compilation.FactBase.AllVotes.Select(v => v.Location)));

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
        return new CoverageReport(files, DateCoverageOf(compilation, tested));
    }

    // Linear in the facts and the tests: positions, guarantees and decisions are grouped once, and each
    // candidate's test days are sorted and searched.
    private static List<DateCoverage> DateCoverageOf(Compilation compilation, Dictionary<CandidateSymbol, List<DateOnly>> tested)
    {
        var result = new List<DateCoverage>();
        var positionsOf = compilation.Positions.ToLookup(p => p.Candidate);
        var guaranteesOn = compilation.Guarantees.ToLookup(g => g.Matter);
        var changesIn = compilation.FactBase.MembershipChanges.ToLookup(c => c.Member.Body);
        var votesOn = compilation.FactBase.AllVotes.ToLookup(v => v.Candidate);
        var bodiesOf = compilation.Decisions.SelectMany(d => d.Candidates.Select(c => (c, d.Body))).Distinct().ToLookup(p => p.c, p => p.Body);
        foreach (var candidate in compilation.Candidates)
        {
            var points = new SortedDictionary<DateOnly, Location>();
            void Add(DateOnly date, Location? location)
            {
                if (location is not null)
                    points.TryAdd(date, location);
            }
            // The candidate's own facts come first; a rival candidate's (stated in the same facts) can change
            // its outcome too, as a member backing a running rival does not join consensus. Proposals have no rivals.
            var rivals = candidate.IsProposal ? [] : candidate.Facts.Candidates.Where(c => !c.IsProposal && !ReferenceEquals(c, candidate));
            foreach (var rival in (IEnumerable<CandidateSymbol>)[candidate, .. rivals])
            {
                foreach (var position in positionsOf[rival])
                    Add(position.Date, position.Location);
                foreach (var matter in positionsOf[rival].Where(p => p.Matter is not null).Select(p => p.Matter!).Distinct())
                    foreach (var guarantee in guaranteesOn[matter])
                        Add(guarantee.Date, guarantee.Location);
                if (rival.Declared is { } declared)
                    Add(declared, rival.Location);
                if (rival.Withdrawn is { } withdrawn)
                    Add(withdrawn, rival.WithdrawnLocation ?? rival.Location);
            }
            foreach (var vote in votesOn[candidate])
                Add(vote.Date, vote.Location);
            foreach (var body in bodiesOf[candidate])
                foreach (var change in changesIn[body])
                    Add(change.Date, change.Location);

            var days = tested.TryGetValue(candidate, out var list) ? list.Distinct().Order().ToList() : [];
            var dates = points.Keys.ToList();
            for (var i = 0; i < dates.Count; i++)
            {
                var date = dates[i];
                DateOnly? since = i > 0 ? dates[i - 1] : null;
                DateOnly? until = i + 1 < dates.Count ? dates[i + 1] : null;
                result.Add(new DateCoverage(candidate.Name, date, points[date], since, until,
                    AnyIn(days, since ?? DateOnly.MinValue, date), AnyIn(days, date, until)));
            }
        }
        return result;
    }

    // Whether a sorted list holds a day from `from` up to the day before `until` (no end when null).
    private static bool AnyIn(List<DateOnly> sorted, DateOnly from, DateOnly? until)
    {
        var at = sorted.BinarySearch(from);
        if (at < 0)
            at = ~at;
        return at < sorted.Count && (until is null || sorted[at] < until);
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
