using NatoRules.Text;
using NatoRules.Binding;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>The answer for one decision, one candidate or proposal, on one date: the outcome, who blocks and why, what would unblock, the tallies and thresholds, and the reasoning.</summary>
public sealed class Verdict
{
    internal Verdict(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, Outcome outcome,
        IReadOnlyList<Blocker> blockers, IReadOnlyList<string> ineligibility, Tallies tallies,
        IReadOnlyList<ThresholdResult> thresholds, Explanation? explanation, FactBase facts, long maxSteps)
    {
        _plan = plan;
        Decision = plan.Decision;
        Candidate = candidate;
        AsOf = asOf;
        Outcome = outcome;
        Blockers = blockers;
        Ineligibility = ineligibility;
        Tallies = tallies;
        Thresholds = thresholds;
        _explanation = explanation;
        _facts = facts;
        _maxSteps = maxSteps;
    }

    // Null until read, unless built with the verdict; the plan, facts and step limit to build it with.
    private Explanation? _explanation;
    private readonly DecisionPlan _plan;
    private readonly FactBase _facts;
    private readonly long _maxSteps;

    // Whether the explanation has been built (with the verdict, or when first read).
    internal bool ExplanationBuilt => _explanation is not null;

    // Lets a long test run drop what it has read of the explanation; it is built again if asked for.
    internal void ForgetExplanation() => _explanation = null;

    // The steps the evaluation took, charged to a test run's budget.
    internal long Steps { get; init; }

    /// <summary>The decision.</summary>
    public DecisionSymbol Decision { get; }

    /// <summary>The candidate or proposal.</summary>
    public CandidateSymbol Candidate { get; }

    /// <summary>The date the verdict is for.</summary>
    public DateOnly AsOf { get; }

    /// <summary>The outcome.</summary>
    public Outcome Outcome { get; }

    /// <summary>
    /// What blocks, in the body's member order, thresholds not reached last; empty unless <see cref="Outcome"/> is
    /// <see cref="Outcome.Blocked"/> (a pending verdict names whom it is <see cref="Awaiting"/> instead).
    /// </summary>
    public IReadOnlyList<Blocker> Blockers { get; }

    /// <summary>Why the candidate is ineligible; empty unless <see cref="Outcome"/> is <see cref="Outcome.Ineligible"/>.</summary>
    public IReadOnlyList<string> Ineligibility { get; }

    /// <summary>Every way to lift a blocker or reach a threshold, in order.</summary>
    public IEnumerable<UnblockOption> Unblock => Blockers.SelectMany(b => b.Unblock).Concat(MoreSupport).Distinct();

    private IReadOnlyList<UnblockingSet>? _minimalSets;

    /// <summary>
    /// The smallest combinations of changes that together make the outcome approved, ranked by size and then by the members
    /// they touch, each change with the fact it would add on <see cref="AsOf"/>: a member's support, a guarantee in a form the
    /// decision accepts, a rival's withdrawal. Empty when approved, or when no combination of up to four of the verdict's
    /// options approves (a threshold short of support has no single fact to add). Computed when first read.
    /// </summary>
    public IReadOnlyList<UnblockingSet> MinimalUnblockingSets => Outcome == Outcome.Approved
        ? []
        : _minimalSets ?? LazyInitializer.EnsureInitialized(ref _minimalSets,
            () => UnblockingSearch.Find(_plan, Candidate, AsOf, _facts, Unblock.Concat(Awaiting.Select(m => UnblockOption.ChangeOfPosition(m, UnblockOption.OptionWords.Supports))), _maxSteps));

    internal IReadOnlyList<UnblockOption> MoreSupport { get; init; } = [];

    /// <summary>
    /// For a <see cref="Outcome.Pending"/> verdict, the members who have taken no position and whose
    /// positions could still decide it, in the body's member order; empty otherwise.
    /// </summary>
    public IReadOnlyList<MemberSymbol> Awaiting { get; internal init; } = [];

    // Listed only when the test runner asks, for coverage.
    internal IReadOnlyList<Text.Location> FactsUsed { get; init; } = [];

    /// <summary>How the members stand.</summary>
    public Tallies Tallies { get; }

    /// <summary>Each threshold with its numbers.</summary>
    public IReadOnlyList<ThresholdResult> Thresholds { get; }

    /// <summary>The reasoning, as a tree whose steps point at rules and facts.</summary>
    /// <remarks>
    /// Built when first read, by evaluating again over the same immutable facts, so a caller that
    /// reads only the outcome, blockers and tallies does not pay for it; safe to read from any thread.
    /// </remarks>
    public Explanation Explanation =>
        _explanation ?? LazyInitializer.EnsureInitialized(ref _explanation, () => Evaluator.Explain(_plan, Candidate, AsOf, _facts, _maxSteps));

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Decision.Name} for {Candidate.Name} as of {Dates.Iso(AsOf)}: {Outcome.ToText()}"
        + (Blockers.Count > 0 ? " by " + string.Join(", ", Blockers.Select(b => b.Member?.Name ?? b.Threshold!.Description).Distinct()) : "");

    /// <summary>
    /// The verdict as a diagnostic (NR3100) at the decision, for the formats that carry only diagnostics
    /// (msbuild, SARIF); null when it is approved. Pending says whom it awaits, ineligible why.
    /// </summary>
    private const string NotEligible = "not eligible: ";

    internal Diagnostics.Diagnostic? ToDiagnostic()
    {
        if (Outcome == Outcome.Approved || Decision.Location is not { } location)
            return null;
        var detail = Outcome switch
        {
            Outcome.Pending when Awaiting.Count > 0 => $", awaiting a position from {string.Join(", ", Awaiting.Select(m => m.Name))}",
            Outcome.Ineligible when Ineligibility.Count > 0 => $": {string.Join("; ", Ineligibility.Select(r => r.StartsWith(NotEligible, StringComparison.Ordinal) ? r[NotEligible.Length..] : r))}",
            _ => "",
        };
        return Diagnostics.Diagnostic.Create(Diagnostics.DiagnosticDescriptors.NotApproved, location, ToString() + detail);
    }
}
