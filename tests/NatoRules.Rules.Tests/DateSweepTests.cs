using NatoRules.Evaluation;

namespace NatoRules.Rules.Tests;

/// <summary>
/// Every shipped decision and candidate, evaluated on every day of its facts' span and compared with
/// the outcome intervals below: the rule library is right on each day, not only on the days its tests
/// name. The intervals are the domain's facts (DOMAIN.md): Finland's accession approved from 2023-03-30
/// and Sweden's from 2024-02-26 whatever joins after; Rutte blocked by Hungary and Turkey in early 2024,
/// by Hungary, Romania and Turkey from Iohannis's candidacy (2024-03-12), by Hungary and Romania from
/// Turkey's lifting (2024-04-29), by Romania alone from the guarantee (2024-06-18), and appointable from
/// 2024-06-20.
/// </summary>
public sealed class DateSweepTests
{
    // Each decision and candidate: the first and last day swept, then every interval of one outcome,
    // written "from..to outcome [by blockers]" with blockers in member order ("threshold" for votes short).
    // The NATO files span 2022-05-01 to 2024-12-31. The Secretary General's sweep starts on 2024-01-01:
    // the day Turkey's and Hungary's objections were first voiced, and Rutte's candidacy declared, is not
    // recorded, so the facts say nothing of the days before.
    private static readonly (string Decision, string Candidate, string Span, string[] Intervals)[] Expected =
    [
        ("Accession", "FinlandAccession", "2022-05-01..2024-12-31",
        [
            "2022-05-01..2022-05-17 ineligible",
            "2022-05-18..2023-03-29 blocked by TUR",
            "2023-03-30..2024-12-31 approved",
        ]),
        ("Accession", "SwedenAccession", "2022-05-01..2024-12-31",
        [
            "2022-05-01..2022-05-17 ineligible",
            "2022-05-18..2024-01-22 blocked by TUR",
            "2024-01-23..2024-02-25 pending",
            "2024-02-26..2024-12-31 approved",
        ]),
        ("SecretaryGeneral", "Rutte", "2024-01-01..2024-12-31",
        [
            "2024-01-01..2024-03-11 blocked by TUR, HUN",
            "2024-03-12..2024-04-28 blocked by TUR, HUN, ROU",
            "2024-04-29..2024-06-17 blocked by HUN, ROU",
            "2024-06-18..2024-06-19 blocked by ROU",
            "2024-06-20..2024-12-31 approved",
        ]),
        ("SecretaryGeneral", "Iohannis", "2024-01-01..2024-12-31",
        [
            "2024-01-01..2024-03-11 ineligible",
            "2024-03-12..2024-04-28 blocked by FRA, GBR, USA, DEU",
            "2024-04-29..2024-06-19 blocked by FRA, GBR, USA, TUR, DEU",
            "2024-06-20..2024-12-31 ineligible",
        ]),
        ("SubstantiveResolution", "RussianGazaDraft2023", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2023-10-15 pending",
            "2023-10-16..2024-12-31 blocked by threshold",
        ]),
        ("SubstantiveResolution", "GazaCeasefireDraft", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-02-19 pending",
            "2024-02-20..2024-12-31 blocked by USA",
        ]),
        ("SubstantiveResolution", "Resolution2728", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-03-24 pending",
            "2024-03-25..2024-12-31 approved",
        ]),
        ("SubstantiveResolution", "PalestineAdmissionDraft", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-04-17 pending",
            "2024-04-18..2024-12-31 blocked by USA",
        ]),
        ("ProceduralMatter", "RussianGazaDraft2023", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2023-10-15 pending",
            "2023-10-16..2024-12-31 blocked by threshold",
        ]),
        ("ProceduralMatter", "GazaCeasefireDraft", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-02-19 pending",
            "2024-02-20..2024-12-31 approved",
        ]),
        ("ProceduralMatter", "Resolution2728", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-03-24 pending",
            "2024-03-25..2024-12-31 approved",
        ]),
        ("ProceduralMatter", "PalestineAdmissionDraft", "2023-10-01..2024-12-31",
        [
            "2023-10-01..2024-04-17 pending",
            "2024-04-18..2024-12-31 approved",
        ]),
        // The EU files state the voting rules on an illustrative proposal with no votes of its own:
        // without a vote it is pending on every day; the tests state the votes they rely on.
        ("CouncilUnanimity", "ExampleAct", "2024-01-01..2024-12-31", ["2024-01-01..2024-12-31 pending"]),
        ("QualifiedMajority", "ExampleAct", "2024-01-01..2024-12-31", ["2024-01-01..2024-12-31 pending"]),
        ("ReinforcedQualifiedMajority", "ExampleAct", "2024-01-01..2024-12-31", ["2024-01-01..2024-12-31 pending"]),
        // The General Assembly's resolutions: pending until the recorded vote, then its outcome on every later day.
        ("ImportantQuestion", "ES10_23", "2024-01-01..2024-12-31", ["2024-01-01..2024-05-09 pending", "2024-05-10..2024-12-31 approved"]),
        ("OtherQuestion", "ES10_23", "2024-01-01..2024-12-31", ["2024-01-01..2024-05-09 pending", "2024-05-10..2024-12-31 approved"]),
        ("ImportantQuestion", "ES11_3", "2022-01-01..2024-12-31", ["2022-01-01..2022-04-06 pending", "2022-04-07..2024-12-31 approved"]),
        ("OtherQuestion", "ES11_1", "2022-01-01..2024-12-31", ["2022-01-01..2022-03-01 pending", "2022-03-02..2024-12-31 approved"]),
        // The European Parliament's members are known on the days of its votes only: swept from each vote on.
        ("CommissionPresident", "VonDerLeyen2019", "2019-07-16..2024-12-31", ["2019-07-16..2024-12-31 approved"]),
        ("CommissionPresident", "VonDerLeyen2024", "2024-07-18..2024-12-31", ["2024-07-18..2024-12-31 approved"]),
        // The US Senate's votes of 2022.
        ("Cloture", "SaferCommunitiesCloture", "2022-01-01..2024-12-31", ["2022-01-01..2022-06-22 pending", "2022-06-23..2024-12-31 approved"]),
        ("Passage", "SaferCommunitiesPassage", "2022-01-01..2024-12-31", ["2022-01-01..2022-06-22 pending", "2022-06-23..2024-12-31 approved"]),
        ("TreatyConsent", "NordicProtocols", "2022-01-01..2024-12-31", ["2022-01-01..2022-08-02 pending", "2022-08-03..2024-12-31 approved"]),
        ("Passage", "InflationReductionAct", "2022-01-01..2024-12-31", ["2022-01-01..2022-08-06 pending", "2022-08-07..2024-12-31 approved"]),
        // The Council's CFSP decision of 2022-02-28: Ireland's declared abstention is the one vote the record names, so
        // the decision waits for the others' on every day; the tests state them.
        ("CfspDecision", "EPFUkraine", "2022-01-01..2024-12-31", ["2022-01-01..2024-12-31 pending"]),
        // Successive ballots: each day's last ballot decides it, and the outcome of the last ballot holds after it. The
        // electors and members-elect are stated for the days of each election only.
        ("President", "Mattarella", "2022-01-24..2022-01-29", ["2022-01-24..2022-01-25 pending", "2022-01-26..2022-01-28 rejected by threshold",
            "2022-01-29..2022-01-29 approved"]),
        ("President", "Casellati", "2022-01-24..2022-01-29", ["2022-01-24..2022-01-27 pending", "2022-01-28..2022-01-29 rejected by threshold"]),
        ("President", "Nordio", "2022-01-24..2022-01-29", ["2022-01-24..2022-01-28 pending", "2022-01-29..2022-01-29 rejected by threshold"]),
        ("Speaker", "McCarthy", "2023-01-03..2023-01-07", ["2023-01-03..2023-01-06 rejected by threshold", "2023-01-07..2023-01-07 approved"]),
        ("Speaker", "Jeffries", "2023-01-03..2023-01-07", ["2023-01-03..2023-01-07 rejected by threshold"]),
        // The Human Rights Council election of 2023-10-10: two Eastern European seats.
        ("HumanRightsCouncil", "Bulgaria", "2023-01-01..2024-12-31", ["2023-01-01..2023-10-09 pending", "2023-10-10..2024-12-31 approved"]),
        ("HumanRightsCouncil", "Albania", "2023-01-01..2024-12-31", ["2023-01-01..2023-10-09 pending", "2023-10-10..2024-12-31 approved"]),
        // The African Union Commission's Chairperson, elected on 2025-02-15 in the seventh round (the electors are stated for that day).
        ("CommissionChairperson", "Youssouf", "2025-02-15..2025-02-15", ["2025-02-15..2025-02-15 approved"]),
        ("CommissionChairperson", "Odinga", "2025-02-15..2025-02-15", ["2025-02-15..2025-02-15 rejected by threshold"]),
        ("CommissionChairperson", "Randriamandrato", "2025-02-15..2025-02-15", ["2025-02-15..2025-02-15 rejected by threshold"]),
        // The Council of Europe's Committee of Ministers suspending the Russian Federation's rights of representation.
        ("OtherResolution", "SuspendRussia", "2022-01-01..2022-12-31", ["2022-01-01..2022-02-24 pending", "2022-02-25..2022-12-31 approved"]),
        ("HumanRightsCouncil", "Russia", "2023-01-01..2024-12-31", ["2023-01-01..2023-10-09 pending", "2023-10-10..2024-12-31 rejected by threshold"]),
    ];

    public static IEnumerable<TestCaseData> Cases() =>
        Expected.Select(e => new TestCaseData(e.Decision, e.Candidate, e.Span, e.Intervals).SetName($"Every day: {e.Decision} for {e.Candidate}"));

    [TestCaseSource(nameof(Cases))]
    public void The_outcome_on_every_day_matches_the_expected_intervals(string decision, string candidate, string span, string[] intervals)
    {
        var compilation = RuleLibrary.Compilation;
        compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        var (first, last) = (DateOnly.Parse(span[..10], System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(span[12..], System.Globalization.CultureInfo.InvariantCulture));
        Sweep(compilation, compilation.FindDecision(decision)!, compilation.FindCandidate(candidate)!, first, last).ShouldBe(intervals);
    }

    [Test]
    public void Every_shipped_decision_and_candidate_is_swept()
    {
        var compilation = RuleLibrary.Compilation;
        var shipped = compilation.Decisions.SelectMany(d => d.Candidates.Select(c => $"{d.Name} {c.Name}")).Order(StringComparer.Ordinal);
        shipped.ShouldBe(Expected.Select(e => $"{e.Decision} {e.Candidate}").Order(StringComparer.Ordinal));
    }

    private static List<string> Sweep(Compilation compilation, Binding.DecisionSymbol decision, Binding.CandidateSymbol candidate, DateOnly first, DateOnly last)
    {
        var intervals = new List<string>();
        string? current = null;
        var since = first;
        for (var day = first; day <= last.AddDays(1); day = day.AddDays(1))
        {
            var outcome = day > last ? null : Describe(compilation.Evaluate(decision, candidate, day));
            if (outcome == current)
                continue;
            if (current is not null)
                intervals.Add($"{since:yyyy-MM-dd}..{day.AddDays(-1):yyyy-MM-dd} {current}");
            (current, since) = (outcome, day);
        }
        return intervals;
    }

    private static string Describe(Verdict verdict) => verdict.Blockers.Count == 0
        ? verdict.Outcome.ToText()
        : $"{verdict.Outcome.ToText()} by {string.Join(", ", verdict.Blockers.Select(b => b.Member?.Name ?? "threshold").Distinct())}";
}

/// <summary>
/// The boolean path answers from each decision's change points once asked twice (a binary search instead of an
/// evaluation): on every day from 2019 to 2025, for every shipped decision and candidate, it must agree with the verdict.
/// </summary>
public sealed class OutcomeIndexTests
{
    [Test]
    public void The_indexed_boolean_path_agrees_with_the_verdict_on_every_day()
    {
        var compilation = RuleLibrary.Compilation;
        var disagreements = new List<string>();
        foreach (var decision in compilation.Decisions)
            foreach (var candidate in decision.Candidates)
            {
                compilation.IsApproved(decision, candidate, new DateOnly(2019, 1, 1));
                for (var day = new DateOnly(2019, 1, 1); day <= new DateOnly(2025, 12, 31); day = day.AddDays(1))
                {
                    var indexed = compilation.IsApproved(decision, candidate, day);
                    var verdict = compilation.Evaluate(decision, candidate, day).Outcome == Evaluation.Outcome.Approved;
                    if (indexed != verdict)
                        disagreements.Add($"{decision.Name} for {candidate.Name} on {day:yyyy-MM-dd}: boolean {indexed}, verdict {verdict}");
                }
            }
        disagreements.Take(10).ShouldBeEmpty();
    }
}
