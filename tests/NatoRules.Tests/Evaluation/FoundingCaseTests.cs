using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>NATO's 2024 Secretary General appointment, from the shipped rules, at every date where the answer changes.</summary>
public sealed class FoundingCaseTests
{
    [Test]
    public void The_rule_library_compiles_without_diagnostics()
    {
        Rules.Library.Diagnostics.ShouldBeEmpty();
    }

    [TestCase("2024-01-15", new[] { "HUN", "TUR" })]
    [TestCase("2024-04-05", new[] { "HUN", "ROU", "TUR" })]
    [TestCase("2024-05-01", new[] { "HUN", "ROU" })]
    [TestCase("2024-06-17", new[] { "HUN", "ROU" })]
    [TestCase("2024-06-18", new[] { "ROU" })]
    [TestCase("2024-06-19", new[] { "ROU" })]
    public void Rutte_is_blocked_by(string asOf, string[] blockers)
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", asOf);
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.BlockerCodes().ShouldBe(blockers);
    }

    [TestCase("2024-06-20")]
    [TestCase("2024-06-26")]
    [TestCase("2024-10-01")]
    public void Rutte_can_be_appointed_from_20_June(string asOf)
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", asOf);
        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Blockers.ShouldBeEmpty();
        verdict.Unblock.ShouldBeEmpty();
    }

    [Test]
    public void Hungarys_objection_names_the_guarantee_that_would_lift_it()
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        var hungary = verdict.Blockers.Single(b => b.Member!.Name == "HUN");

        hungary.Kind.ShouldBe(BlockerKind.ConditionalObjection);
        hungary.Reason.ShouldContain("UkraineOptOut");
        hungary.FactLocation!.Path.ShouldBe(Path.Combine("rules", "nato", "secretary-general.rules"));
        var guarantee = hungary.Unblock.Single(o => o.Kind == UnblockKind.Guarantee);
        guarantee.Matter!.Name.ShouldBe("UkraineOptOut");
        guarantee.Member!.Name.ShouldBe("HUN");
        guarantee.Description.ShouldBe("a guarantee on UkraineOptOut to HUN that is written and given by candidate Rutte");
    }

    [Test]
    public void A_verdicts_words_are_its_own_when_read_after_later_evaluations()
    {
        // The words are put together when first read; the evaluations in between reuse the evaluator's state.
        var january = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-01-15");
        var june = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        Rules.Library.Evaluate("SecretaryGeneral", "Iohannis", "2024-04-05");

        january.Explanation.Text.ShouldBe("SecretaryGeneral for Rutte as of 2024-01-15");
        january.Blockers.Select(b => $"{b.Member!.Name}: {b.Reason}").Order(StringComparer.Ordinal).ShouldBe(
            ["HUN: objects to Rutte unless guarantee UkraineOptOut, which has not been given in a form that counts (written and given by candidate)",
             "TUR: objects to Rutte"]);
        june.Explanation.Text.ShouldBe("SecretaryGeneral for Rutte as of 2024-06-17");
        june.Blockers.Select(b => $"{b.Member!.Name}: {b.Reason}").Order(StringComparer.Ordinal).ShouldBe(
            ["HUN: objects to Rutte unless guarantee UkraineOptOut, which has not been given in a form that counts (written and given by candidate)",
             "ROU: backs the rival candidate Iohannis, who is still running"]);
        Flatten(june.Explanation).ShouldContain(step => step.Text.StartsWith("consensus: no member objects (1 of 32 members object", StringComparison.Ordinal));
    }

    [Test]
    public void Romania_blocks_while_its_own_candidate_runs_and_Iohannis_is_out_once_withdrawn()
    {
        var june19 = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-19");
        var romania = june19.Blockers.Single();
        romania.Kind.ShouldBe(BlockerKind.RivalBacking);
        romania.Unblock.Select(o => o.Description).ShouldBe(["Iohannis withdraws", "ROU supports Rutte"]);

        var iohannis = Rules.Library.Evaluate("SecretaryGeneral", "Iohannis", "2024-06-20");
        iohannis.Outcome.ShouldBe(Outcome.Ineligible);
        iohannis.Ineligibility.Single().ShouldContain("candidate is not withdrawn");
    }

    [Test]
    public void Tallies_count_members_on_the_date()
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-01-15");
        // Sweden joined on 2024-03-07, so in January 31 members count.
        verdict.Tallies.ShouldBe(new Tallies(Supports: 0, Objections: 2, Abstentions: 0, Silent: 29, NonMembers: 1));
        Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-26").Tallies.Members.ShouldBe(32);
    }

    [Test]
    public void Every_explanation_step_points_at_rules_and_facts()
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        var steps = Flatten(verdict.Explanation).ToList();

        steps.ShouldAllBe(step => step.Rule != null || step.Facts.Count > 0);
        steps.ShouldContain(step => step.Text.StartsWith("HUN objects unless guarantee UkraineOptOut", StringComparison.Ordinal));
        verdict.Explanation.Result.ShouldBe("blocked");
    }

    [Test]
    public void The_boolean_path_agrees_with_the_full_verdict_on_every_day_of_2024()
    {
        var compilation = Rules.Library;
        var decision = compilation.FindDecision("SecretaryGeneral")!;
        for (var day = new DateOnly(2024, 1, 1); day.Year == 2024; day = day.AddDays(1))
            foreach (var candidate in decision.Candidates)
                compilation.IsApproved(decision, candidate, day)
                    .ShouldBe(compilation.Evaluate(decision, candidate, day).Outcome == Outcome.Approved, $"{candidate.Name} on {day}");
    }

    private static IEnumerable<Explanation> Flatten(Explanation step) => [step, .. step.Children.SelectMany(Flatten)];
}

public sealed class AllocationTests
{
    [Test]
    public void The_boolean_path_allocates_nothing()
    {
        var (approved, allocated) = Approvals("SecretaryGeneral", "Rutte", new(2024, 1, 15), new(2024, 6, 17), new(2024, 6, 26));

        approved.ShouldBe(1000);
        allocated.ShouldBe(0);
    }

    [Test]
    public void The_boolean_path_allocates_nothing_on_a_vote_with_a_tally_and_a_quorum()
    {
        var (approved, allocated) = Approvals("ImportantQuestion", "ES10_23", new(2024, 5, 9), new(2024, 5, 10), new(2025, 1, 1));

        approved.ShouldBe(2000, "pending the day before the vote, adopted on its day and after");
        allocated.ShouldBe(0);
    }

    // A thousand rounds of the boolean path over the shipped rules on each day: how many were approvals, and the bytes allocated.
    private static (int Approved, long Allocated) Approvals(string decisionName, string candidateName, params DateOnly[] dates)
    {
        var compilation = Rules.Library;
        var decision = compilation.FindDecision(decisionName)!;
        var candidate = compilation.FindCandidate(candidateName)!;
        foreach (var date in dates)
            compilation.IsApproved(decision, candidate, date); // warm up: the per-thread state is created once

        var before = GC.GetAllocatedBytesForCurrentThread();
        var approved = 0;
        for (var i = 0; i < 1000; i++)
            foreach (var date in dates)
                approved += compilation.IsApproved(decision, candidate, date) ? 1 : 0;
        return (approved, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}

public sealed class CultureTests
{
    [Test]
    [SetCulture("th-TH")]
    public void Dates_in_verdicts_and_diagnostics_are_ISO_whatever_the_calendar()
    {
        // The Thai culture counts years in the Buddhist era (2024 is 2567).
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        verdict.ToString().ShouldBe("SecretaryGeneral for Rutte as of 2024-06-17: blocked by HUN, ROU");
        string.Join("\n", Flatten(verdict.Explanation).Select(e => e.Text)).ShouldContain("since 2024-01-01");

        var compilation = Compilation.Create([NatoRules.Syntax.SyntaxTree.Parse(
            "body B { member A joined 2020-01-01; } decision D in B { require consensus; } facts F for D { candidate X; on 2019-01-01: A objects X; }")]);
        compilation.Diagnostics.Single().Message.ShouldContain("on 2019-01-01");
    }

    private static IEnumerable<NatoRules.Evaluation.Explanation> Flatten(NatoRules.Evaluation.Explanation step) => [step, .. step.Children.SelectMany(Flatten)];
}

/// <summary>The smallest changes that approve: combinations of the verdict's options, each as the fact it would add.</summary>
public sealed class MinimalUnblockingSetTests
{
    [Test]
    public void On_2024_06_17_Rutte_needs_the_written_guarantee_to_Hungary_and_Romania_out_of_the_way()
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");

        var sets = verdict.MinimalUnblockingSets;

        sets.ShouldNotBeEmpty();
        sets.ShouldAllBe(s => s.Changes.Count == 2, "no single change approves: Hungary and Romania both block");
        var facts = sets.Select(s => string.Join(" ", s.Changes.Select(c => c.Fact))).ToList();
        facts[0].ShouldBe("guarantee UkraineOptOut from Rutte to HUN written on 2024-06-17; on 2024-06-17: Iohannis withdraws;");
        facts.ShouldContain("guarantee UkraineOptOut from Rutte to HUN written on 2024-06-17; on 2024-06-17: ROU supports Rutte;");
        sets[0].Members.Select(m => m.Name).ShouldBe(["HUN"]);
        sets[0].ToString().ShouldStartWith("a guarantee on UkraineOptOut to HUN");
    }

    [Test]
    public void An_approved_verdict_needs_no_change()
    {
        Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-26").MinimalUnblockingSets.ShouldBeEmpty();
    }

    [Test]
    public void Each_set_approves_and_none_of_its_changes_can_be_left_out()
    {
        // Checked independently: the rule text with the set's facts added is approved, and without any one of them it is not.
        var library = Rules.TextsOf("nato");
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        foreach (var set in verdict.MinimalUnblockingSets)
        {
            Approved(library, set.Changes.Select(c => c.Fact)).ShouldBeTrue(set.ToString());
            for (var i = 0; i < set.Changes.Count; i++)
                Approved(library, set.Changes.Where((_, j) => j != i).Select(c => c.Fact)).ShouldBeFalse($"{set} without {set.Changes[i].Fact}");
        }
    }

    private static bool Approved(IReadOnlyList<string> library, IEnumerable<string> facts) =>
        Rules.Compile([.. library, "facts WhatIf for SecretaryGeneral {\n" + string.Join("\n", facts) + "\n}\n"]).IsApproved("SecretaryGeneral", "Rutte", "2024-06-17");
}

/// <summary>How the outcome moved: stretches of days with one outcome and the same blockers, and the facts dated between.</summary>
public sealed class OutcomeTimelineTests
{
    [Test]
    public void The_founding_case_moves_from_two_blockers_to_approval_on_the_days_of_its_facts()
    {
        var library = Rules.Library;
        var timeline = library.Timeline(library.FindDecision("SecretaryGeneral")!, library.FindCandidate("Rutte")!, to: new DateOnly(2024, 6, 30));

        timeline.Segments.Select(s => $"{s.From:yyyy-MM-dd}..{s.To:yyyy-MM-dd} {s.Outcome.ToText()} {string.Join(",", s.Blockers.Order(StringComparer.Ordinal))}").ShouldBe([
            "2024-01-01..2024-03-11 blocked HUN,TUR",
            "2024-03-12..2024-04-28 blocked HUN,ROU,TUR",
            "2024-04-29..2024-06-17 blocked HUN,ROU",
            "2024-06-18..2024-06-19 blocked ROU",
            "2024-06-20..2024-06-30 approved ",
        ]);
        timeline.Events.ShouldContain(e => e.Date == new DateOnly(2024, 6, 18) && e.Description == "guarantee UkraineOptOut from Rutte to HUN (written)");
        timeline.Events.Select(e => e.Date).ShouldBeInOrder();
    }

    [Test]
    public void Every_segment_is_the_verdict_of_each_of_its_days()
    {
        var library = Rules.Library;
        var (decision, candidate) = (library.FindDecision("Accession")!, library.FindCandidate("SwedenAccession")!);
        var timeline = library.Timeline(decision, candidate, new DateOnly(2022, 7, 1), new DateOnly(2024, 3, 31));

        timeline.Segments[0].From.ShouldBe(new DateOnly(2022, 7, 1));
        timeline.Segments[^1].To.ShouldBe(new DateOnly(2024, 3, 31));
        for (var i = 1; i < timeline.Segments.Count; i++)
            timeline.Segments[i].From.ShouldBe(timeline.Segments[i - 1].To.AddDays(1));
        foreach (var segment in timeline.Segments)
            foreach (var day in (DateOnly[])[segment.From, segment.To])
                library.Evaluate(decision, candidate, day).Outcome.ShouldBe(segment.Outcome, day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
