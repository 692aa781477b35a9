using System.Globalization;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

public sealed class VotingRuleTests
{
    [Test]
    public void Abstention_by_a_permanent_member_is_not_a_veto()
    {
        var verdict = Rules.Library.Evaluate("SubstantiveResolution", "Resolution2728", "2024-03-25");
        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Tallies.Abstentions.ShouldBe(1);
        verdict.Thresholds.Single().Text.ShouldBe("14 of 9 required supports");
    }

    [Test]
    public void One_permanent_no_blocks_a_resolution_with_13_affirmative_votes()
    {
        var verdict = Rules.Library.Evaluate("SubstantiveResolution", "GazaCeasefireDraft", "2024-02-20");
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        var veto = verdict.Blockers.Single();
        veto.Member!.Name.ShouldBe("USA");
        veto.Kind.ShouldBe(BlockerKind.Veto);
    }

    [Test]
    public void Each_member_backing_running_rivals_blocks_once_naming_the_first_rival_declared_in_member_order()
    {
        var compilation = Rules.Compile(
            """
            body B { member A; member C; member E; member G; }
            decision D in B { require consensus and no backing of rivals; }
            facts F for D {
              candidate X;
              candidate Y;
              candidate Z withdrawn 2024-03-01;
              candidate W;
              on 2024-01-01: G supports W;
              on 2024-01-01: G, C supports Y;
              on 2024-01-01: A supports Z;
              on 2024-01-01: E supports X;
              on 2024-01-01: E supports Y;
            }
            """);
        var (decision, x) = (compilation.FindDecision("D")!, compilation.FindCandidate("X")!);

        var february = compilation.Evaluate(decision, x, new DateOnly(2024, 2, 1));
        february.Outcome.ShouldBe(Outcome.Blocked);
        february.Blockers.Select(b => $"{b.Member!.Name}: {b.Reason}").ShouldBe(
            ["A: backs the rival candidate Z, who is still running",
             "C: backs the rival candidate Y, who is still running",
             "G: backs the rival candidate Y, who is still running"],
            "E supports X; G backs Y and W, and Y is declared first");
        compilation.IsApproved(decision, x, new DateOnly(2024, 2, 1)).ShouldBeFalse();

        // Once Z withdraws, A no longer blocks.
        compilation.Evaluate(decision, x, new DateOnly(2024, 3, 1)).BlockerCodes().ShouldBe(["C", "G"]);
    }

    private const string Council = """
        body UNSC {
          member CHN permanent; member FRA permanent; member RUS permanent; member GBR permanent; member USA permanent;
          member E1; member E2; member E3; member E4; member E5; member E6; member E7; member E8; member E9; member E10;
        }
        decision Substantive in UNSC { require at least 9 supports and no veto from members where permanent; }
        decision Procedural in UNSC { require at least 9 supports; }
        facts Draft for Substantive, Procedural { proposal P; }
        """;

    private static Compilation Vote(string votes) => Rules.Compile(Council, $"facts Votes for Substantive {{ proposal Q; }} facts More for Procedural {{ proposal R; }}", votes);

    [Test]
    public void One_permanent_no_blocks_14_affirmative_votes()
    {
        var compilation = Vote("facts V for Substantive { proposal S; on 2024-01-01: FRA, RUS, GBR, USA, E1, E2, E3, E4, E5, E6, E7, E8, E9, E10 supports S; on 2024-01-01: CHN objects S; }");
        var verdict = compilation.Evaluate("Substantive", "S", "2024-01-02");
        verdict.Tallies.Supports.ShouldBe(14);
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.BlockerCodes().ShouldBe(["CHN"]);
    }

    [Test]
    public void A_veto_a_short_count_and_an_abstention_that_breaks_unanimity_say_what_would_lift_them()
    {
        var compilation = Vote("facts V for Substantive { proposal S; on 2024-01-01: FRA, RUS, GBR, E1, E2, E3, E4, E5 supports S; on 2024-01-01: USA objects S; }");
        var veto = compilation.Evaluate("Substantive", "S", "2024-01-02");
        veto.Blockers.Select(b => $"{b.Member!.Name}: {b.Reason}").ShouldBe(["USA: vetoes S"]);
        veto.Unblock.Select(o => o.Description).ShouldBe(
            ["USA abstains or supports instead of voting against", "more support to reach at least 9 supports (now 8 of 9 required supports)"]);

        var unanimity = Rules.Compile(
            "body B { member A; member C; } decision D in B { require unanimity abstention breaks; } facts F for D { proposal P; on 2024-01-01: A abstains P; on 2024-01-01: C supports P; }");
        var abstention = unanimity.Evaluate("D", "P", "2024-01-02");
        abstention.Outcome.ShouldBe(Outcome.Blocked);
        abstention.Blockers.Select(b => $"{b.Member!.Name}: {b.Reason}").ShouldBe(["A: abstains, and an abstention breaks unanimity"]);
        abstention.Unblock.Select(o => o.Description).ShouldBe(["A supports"]);
    }

    [Test]
    public void A_veto_rule_shared_by_two_bodies_asks_each_body_who_holds_the_veto()
    {
        // The same bound rule serves both decisions; who is permanent differs by body, evaluated in turn.
        var compilation = Rules.Compile(
            """
            rule NoPermanentVeto = no veto from members where permanent;
            body One { member A permanent; member B; }
            body Two { member A; member B permanent; }
            decision InOne in One { require NoPermanentVeto; }
            decision InTwo in Two { require NoPermanentVeto; }
            facts F1 for InOne { proposal P1; on 2024-01-01: A objects P1; on 2024-01-01: B supports P1; }
            facts F2 for InTwo { proposal P2; on 2024-01-01: A objects P2; on 2024-01-01: B supports P2; }
            """);
        var asOf = new DateOnly(2024, 1, 2);
        for (var round = 0; round < 2; round++)
        {
            compilation.Evaluate("InOne", "P1", "2024-01-02").BlockerCodes().ShouldBe(["A"]);
            compilation.Evaluate("InTwo", "P2", "2024-01-02").Outcome.ShouldBe(Outcome.Approved, "A holds no veto in Two");
            compilation.IsApproved(compilation.FindDecision("InOne")!, compilation.FindCandidate("P1")!, asOf).ShouldBeFalse();
            compilation.IsApproved(compilation.FindDecision("InTwo")!, compilation.FindCandidate("P2")!, asOf).ShouldBeTrue();
        }
    }

    [Test]
    public void Blockers_of_two_failing_conditions_come_once_per_member_and_kind_in_member_order()
    {
        // The veto finds E before consensus finds A and E again: the verdict lists A, then E's veto and objection.
        var compilation = Rules.Compile(
            """
            body B { member A; member C; member E permanent; }
            decision D in B { require no veto from members where permanent and consensus and unanimity; }
            facts F for D { proposal P; on 2024-01-01: A, E objects P; on 2024-01-01: C supports P; }
            """);
        var verdict = compilation.Evaluate("D", "P", "2024-01-02");
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.Blockers.Select(b => $"{b.Member!.Name} {b.Kind}").ShouldBe(["A Objection", "E Veto", "E Objection"]);
    }

    [Test]
    public void Eight_affirmative_votes_fail_without_any_veto()
    {
        var compilation = Vote("facts V for Substantive, Procedural { proposal S; on 2024-01-01: E1, E2, E3, E4, E5, E6, E7, E8 supports S; on 2024-01-01: CHN, FRA, RUS, GBR, USA, E9, E10 abstains S; }");
        foreach (var decision in new[] { "Substantive", "Procedural" })
        {
            var verdict = compilation.Evaluate(decision, "S", "2024-01-02");
            verdict.Outcome.ShouldBe(Outcome.Blocked);
            // No member blocks: the threshold does.
            var shortfall = verdict.Blockers.ShouldHaveSingleItem();
            shortfall.Kind.ShouldBe(BlockerKind.Threshold);
            shortfall.Member.ShouldBeNull();
            shortfall.Reason.ShouldBe("at least 9 supports is not reached: 8 of 9 required supports");
            verdict.Thresholds.Single(t => t.Description == "at least 9 supports").Text.ShouldBe("8 of 9 required supports");
            verdict.Unblock.Single().Kind.ShouldBe(UnblockKind.MoreSupport);
        }
    }

    [Test]
    public void A_permanent_no_on_a_draft_short_of_9_votes_is_no_veto()
    {
        // 2023-10-16: 5 in favour, France, Japan, the United Kingdom and the United States against, 6 abstaining.
        var verdict = Rules.Library.Evaluate("SubstantiveResolution", "RussianGazaDraft2023", "2023-10-16");
        verdict.Outcome.ShouldBe(Outcome.Blocked);
        verdict.Blockers.Select(b => b.Kind).ShouldBe([BlockerKind.Threshold]);
        verdict.Unblock.Select(o => o.Kind).ShouldBe([UnblockKind.MoreSupport], "no permanent member's abstention would adopt it");
        verdict.Tallies.Objections.ShouldBe(4);
    }

    [Test]
    public void A_permanent_no_on_a_draft_with_9_votes_is_a_veto()
    {
        var compilation = Vote("facts V for Substantive { proposal S; on 2024-01-01: E1, E2, E3, E4, E5, E6, E7, E8, E9 supports S; on 2024-01-01: CHN objects S; }");
        var verdict = compilation.Evaluate("Substantive", "S", "2024-01-02");
        verdict.Blockers.Select(b => (b.Kind, b.Member?.Name)).ShouldBe([(BlockerKind.Veto, "CHN")]);
    }

    [Test]
    public void A_count_that_silent_members_could_still_reach_is_pending()
    {
        var compilation = Vote("facts V for Procedural { proposal S; on 2024-01-01: E1, E2, E3, E4, E5, E6, E7, E8 supports S; }");
        var verdict = compilation.Evaluate("Procedural", "S", "2024-01-02");
        verdict.Outcome.ShouldBe(Outcome.Pending);
        verdict.Blockers.ShouldBeEmpty("nothing has failed yet");
        verdict.Awaiting.Select(m => m.Name).ShouldBe(["CHN", "FRA", "RUS", "GBR", "USA", "E9", "E10"]);
        var threshold = verdict.Thresholds.ShouldHaveSingleItem();
        (threshold.Met, threshold.Pending, threshold.State).ShouldBe((false, true, "pending"));
        verdict.Explanation.Children.Single().Result.ShouldBe("pending", "the tree says what the threshold line says");
    }

    [Test]
    public void Pending_unanimity_names_every_member_yet_to_take_a_position_and_what_would_approve()
    {
        var verdict = Rules.Library.Evaluate("CouncilUnanimity", "ExampleAct", "2024-02-20");
        verdict.Outcome.ShouldBe(Outcome.Pending);
        verdict.Blockers.ShouldBeEmpty();
        verdict.Awaiting.Count.ShouldBe(27);
        var option = verdict.Unblock.ShouldHaveSingleItem();
        option.Description.ShouldStartWith("all 27 members yet to take a position support: BEL, DEU, ");
    }

    private static string Eu(int members = 27) =>
        "body EU { " + string.Concat(Enumerable.Range(1, members).Select(i => $"member M{i:00} population 100; ")) + "}"
        + " decision QMV in EU { require at least 55% of members and at least 65% of population; blocking minority at least 4 members; }";

    private static string Votes(IEnumerable<int> supporters, IEnumerable<int> opponents) =>
        "facts V for QMV { proposal Act; "
        + (supporters.Any() ? "on 2024-01-01: " + string.Join(", ", supporters.Select(i => $"M{i:00}")) + " supports Act; " : "")
        + (opponents.Any() ? "on 2024-01-01: " + string.Join(", ", opponents.Select(i => $"M{i:00}")) + " objects Act; " : "")
        + "}";

    [Test]
    public void Qualified_majority_needs_15_of_27_states_not_14()
    {
        // 55% of 27 is 14.85, so 15 states; population is no obstacle here (all equal, 65% = 17.55 states... so make the population test pass separately).
        var fifteen = Rules.Compile(Eu().Replace("at least 65% of population", "at least 1% of population"), Votes(Enumerable.Range(1, 15), Enumerable.Range(16, 12)));
        var verdict = fifteen.Evaluate("QMV", "Act", "2024-01-02");
        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Thresholds[0].Text.ShouldBe("15 of 15 required members (55% of 27)");

        var fourteen = Rules.Compile(Eu().Replace("at least 65% of population", "at least 1% of population"), Votes(Enumerable.Range(1, 14), Enumerable.Range(15, 13)));
        fourteen.Evaluate("QMV", "Act", "2024-01-02").Outcome.ShouldBe(Outcome.Blocked);
        IsApproved(fifteen).ShouldBeTrue();
        IsApproved(fourteen).ShouldBeFalse();
    }

    private static bool IsApproved(Compilation compilation) =>
        compilation.IsApproved(compilation.FindDecision("QMV")!, compilation.FindCandidate("Act")!, new DateOnly(2024, 1, 2));

    [Test]
    public void Exactly_65_percent_of_the_population_passes_and_one_person_less_fails()
    {
        // 20 members of 100 people: 13 supporters hold exactly 65% of 2,000.
        var body = "body EU { " + string.Concat(Enumerable.Range(1, 20).Select(i => $"member M{i:00} population 100; ")) + "}"
            + " decision QMV in EU { require at least 65% of population; }";
        var exact = Rules.Compile(body, Votes(Enumerable.Range(1, 13), Enumerable.Range(14, 7)));
        var verdict = exact.Evaluate("QMV", "Act", "2024-01-02");
        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Thresholds.Single().Text.ShouldBe("65.0% of 65% required population (1,300 of 2,000)");

        var short1 = Rules.Compile(body.Replace("member M01 population 100", "member M01 population 99"), Votes(Enumerable.Range(1, 13), Enumerable.Range(14, 7)));
        short1.Evaluate("QMV", "Act", "2024-01-02").Outcome.ShouldBe(Outcome.Blocked);
        IsApproved(exact).ShouldBeTrue();
        IsApproved(short1).ShouldBeFalse();
    }

    [Test]
    public void The_boolean_path_agrees_with_the_verdict_on_random_votes_and_thresholds()
    {
        // The boolean path measures in scaled whole numbers where it can; the verdict in decimals. A
        // third of the bodies have fractional values (written as percentages), which both measure in decimals.
        var random = new Random(2728);
        var thresholds = new[] { "55%", "65%", "62.5%", "33.33%", "50.005%", "0.01%", "100%" };
        var compared = 0;
        for (var round = 0; round < 60; round++)
        {
            var members = random.Next(1, 30);
            var body = "body EU { " + string.Concat(Enumerable.Range(1, members).Select(i =>
                $"member M{i:00} population {(round % 3 == 0 ? $"{random.Next(1, 100)}.{random.Next(0, 10)}%" : random.NextInt64(0, 90_000_000).ToString(CultureInfo.InvariantCulture))}; ")) + "}";
            var (members1, members2) = (thresholds[random.Next(thresholds.Length)], thresholds[random.Next(thresholds.Length)]);
            var minority = round % 2 == 0 && members >= 4 ? " blocking minority at least 4 members;" : "";
            var decision = $" decision QMV in EU {{ require at least {members1} of members and at least {members2} of population "
                + $"and at least {random.Next(0, members + 1)} supports;{minority} }}";
            var stances = Enumerable.Range(1, members).GroupBy(_ => random.Next(4)).ToDictionary(g => g.Key, g => g.ToList());
            var facts = "facts V for QMV { proposal Act; "
                + string.Concat(new[] { "supports", "objects", "abstains" }.Select((verb, k) => stances.TryGetValue(k, out var who)
                    ? $"on 2024-01-01: {string.Join(", ", who.Select(i => $"M{i:00}"))} {verb} Act; " : ""))
                + "}";
            var compilation = Rules.Compile(body + decision, facts);
            IsApproved(compilation).ShouldBe(compilation.Evaluate("QMV", "Act", "2024-01-02").Outcome == Outcome.Approved, body + decision + facts);
            compared++;
        }
        compared.ShouldBe(60);
    }

    [Test]
    public void Three_opposing_states_cannot_form_a_blocking_minority_whatever_their_population()
    {
        var body = "body EU { member BIG1 population 1000000; member BIG2 population 1000000; member BIG3 population 1000000; "
            + string.Concat(Enumerable.Range(1, 24).Select(i => $"member S{i:00} population 1; ")) + "}"
            + " decision QMV in EU { require at least 55% of members and at least 65% of population; blocking minority at least 4 members; }";
        var votes = "facts V for QMV { proposal Act; on 2024-01-01: BIG1, BIG2, BIG3 objects Act; on 2024-01-01: "
            + string.Join(", ", Enumerable.Range(1, 24).Select(i => $"S{i:00}")) + " supports Act; }";
        var verdict = Rules.Compile(body, votes).Evaluate("QMV", "Act", "2024-01-02");

        verdict.Outcome.ShouldBe(Outcome.Approved);
        var population = verdict.Thresholds.Single(t => t.Description.Contains("population", StringComparison.Ordinal));
        population.DeemedMet.ShouldBeTrue();
        population.Text.ShouldContain("deemed met: only 3 members withhold support");
    }

    [Test]
    public void Unanimity_with_a_silent_member_is_pending_and_an_abstention_breaks_it_only_when_strict()
    {
        var rules = """
            body B { member A1; member A2; member A3; }
            decision Strict in B { require unanimity abstention breaks; }
            decision Lenient in B { require unanimity abstention allowed; }
            facts F for Strict, Lenient {
              proposal Silent; proposal Abstained;
              on 2024-01-01: A1, A2 supports Silent;
              on 2024-01-01: A1, A2 supports Abstained;
              on 2024-01-01: A3 abstains Abstained;
            }
            """;
        var compilation = Rules.Compile(rules);
        compilation.Evaluate("Strict", "Silent", "2024-01-02").Outcome.ShouldBe(Outcome.Pending);
        compilation.Evaluate("Lenient", "Silent", "2024-01-02").Outcome.ShouldBe(Outcome.Pending);
        var strict = compilation.Evaluate("Strict", "Abstained", "2024-01-02");
        strict.Outcome.ShouldBe(Outcome.Blocked);
        strict.Blockers.Single().Kind.ShouldBe(BlockerKind.Abstention);
        compilation.Evaluate("Lenient", "Abstained", "2024-01-02").Outcome.ShouldBe(Outcome.Approved);
    }

    [TestCase("2020-12-31", 1, "the term has not begun; LFT and the open member count")]
    [TestCase("2021-01-01", 0, "the term's first day")]
    [TestCase("2021-12-31", 0, "the term's last day counts")]
    [TestCase("2022-01-01", 1, "the day after the term")]
    [TestCase("2023-05-31", 1, "the last day before leaving")]
    [TestCase("2023-06-01", 2, "the day it leaves does not count")]
    public void Members_count_on_the_days_their_one_period_or_several_periods_cover(string asOf, int notMembers, string why)
    {
        // One body where every member has one period (read from a per-body table) and one where a member has two
        // (each member asked in turn): both must count the same members.
        var compilation = Rules.Compile(
            """
            body One { member OPEN; member TRM term 2021-01-01 to 2021-12-31; member LFT joined 2020-01-01 left 2023-06-01; }
            body Two { member OPEN; member TRM term 2021-01-01 to 2021-12-31; member LFT joined 2020-01-01 left 2023-06-01; member TWICE joined 1990-01-01 left 1995-01-01 joined 2000-01-01; }
            decision InOne in One { require consensus; }
            decision InTwo in Two { require consensus; }
            facts F1 for InOne { proposal P1; on 2019-01-01: OPEN supports P1; }
            facts F2 for InTwo { proposal P2; on 2019-01-01: OPEN supports P2; }
            """);
        compilation.Evaluate("InOne", "P1", asOf).Tallies.NonMembers.ShouldBe(notMembers, why);
        compilation.Evaluate("InTwo", "P2", asOf).Tallies.NonMembers.ShouldBe(notMembers, why + "; TWICE is a member since 2000");
    }

    [Test]
    public void A_member_between_two_periods_does_not_count()
    {
        var compilation = Rules.Compile(
            """
            body B { member A joined 1990-01-01 left 1995-01-01 joined 2000-01-01; member C; }
            decision D in B { require consensus; }
            facts F for D { proposal P; on 1991-01-01: A objects P; }
            """);
        compilation.Evaluate("D", "P", "1994-12-31").Outcome.ShouldBe(Outcome.Blocked);
        compilation.Evaluate("D", "P", "1997-01-01").Outcome.ShouldBe(Outcome.Approved, "A is no member between its periods");
        compilation.Evaluate("D", "P", "2000-01-01").Outcome.ShouldBe(Outcome.Blocked);
    }

    [Test]
    public void A_position_counts_only_while_its_member_is_a_member()
    {
        var rules = """
            body B { member OLD joined 2000-01-01 left 2010-01-01; member NEW joined 2020-01-01; member ALL; }
            decision D in B { require consensus; }
            facts F for D {
              candidate C;
              on 2005-01-01: OLD objects C;
              on 2021-01-01: NEW objects C;
            }
            """;
        var compilation = Rules.Compile(rules);
        compilation.Evaluate("D", "C", "2005-06-01").BlockerCodes().ShouldBe(["OLD"]);
        compilation.Evaluate("D", "C", "2015-01-01").Outcome.ShouldBe(Outcome.Approved);
        compilation.Evaluate("D", "C", "2021-06-01").BlockerCodes().ShouldBe(["NEW"]);
        compilation.Evaluate("D", "C", "2015-01-01").Tallies.NonMembers.ShouldBe(2);
    }

    [Test]
    public void Membership_changes_in_facts_move_the_date_a_member_counts_from()
    {
        var rules = """
            body B { member A; member LATE joined 2030-01-01; }
            decision D in B { require consensus; }
            facts F for D { candidate C; on 2020-01-01: LATE joins; on 2021-01-01: LATE objects C; on 2022-01-01: A leaves; }
            """;
        var compilation = Rules.Compile(rules);
        compilation.Evaluate("D", "C", "2021-06-01").BlockerCodes().ShouldBe(["LATE"]);
        compilation.Evaluate("D", "C", "2022-06-01").Tallies.NonMembers.ShouldBe(1);
    }

    [Test]
    [SetCulture("de-DE")]
    public void Evaluation_does_not_depend_on_the_machine_culture()
    {
        CultureInfo.CurrentCulture.Name.ShouldBe("de-DE");
        var verdict = Rules.Library.Evaluate("QualifiedMajority", "ExampleAct", "2024-01-01");
        verdict.Outcome.ShouldBe(Outcome.Pending);
        verdict.Thresholds.Select(t => t.Text).ShouldBe([
            "0 of 15 required members (55% of 27)",
            "0.0% of 65% required population (0 of 448,387,872)",
        ]);
        verdict.ToString().ShouldBe("QualifiedMajority for ExampleAct as of 2024-01-01: pending");
    }
}
