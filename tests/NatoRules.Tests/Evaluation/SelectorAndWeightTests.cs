using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Consensus minus N (the OSCE's consensus minus one), selectors of the members without a flag
/// (<c>members where not suspended</c>), and votes weighted by a member attribute (<c>a majority of votes cast by
/// weight</c>, the IMF's rule for ordinary decisions), each judged on both paths.
/// </summary>
public sealed class SelectorAndWeightTests
{
    private static (Outcome Outcome, bool BooleanPath, Verdict Verdict) Judge(string text, string asOf = "2024-02-01")
    {
        var compilation = Rules.Compile(text);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var verdict = compilation.Evaluate("D", "P", asOf);
        return (verdict.Outcome, compilation.IsApproved("D", "P", asOf), verdict);
    }

    private const string Body = "body B { member A; member C; member E; member G suspended; }\n";

    [TestCase("consensus minus 1", "A", true)]
    [TestCase("consensus minus 1", "A, C", false)]
    [TestCase("consensus", "A", false)]
    [TestCase("consensus of members except E minus 1", "A, E", true)]
    public void Consensus_minus_N_tolerates_N_objections(string condition, string objecting, bool approved)
    {
        var (outcome, booleanPath, verdict) = Judge(Body + $"decision D in B {{ require {condition}; }}\n"
            + $"facts F for D {{ proposal P; on 2024-01-01: {objecting} objects P; }}\n");

        outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Blocked);
        booleanPath.ShouldBe(approved);
        if (!approved && condition.Contains("minus"))
            verdict.Explanation.Children[0].Children[0].Text.ShouldBe("consensus minus 1: no more than 1 member objects (2 of 4 members object; silence is consent)");
    }

    [Test]
    public void A_selector_can_leave_out_the_members_with_a_flag()
    {
        // G is suspended: its objection does not count among the members where not suspended.
        var text = Body + "decision D in B { require unanimity of members where not suspended abstention allowed; }\n"
            + "facts F for D { proposal P; on 2024-01-01: A, C, E supports P; on 2024-01-01: G objects P; }\n";

        var (outcome, booleanPath, verdict) = Judge(text);

        outcome.ShouldBe(Outcome.Approved);
        booleanPath.ShouldBeTrue();
        verdict.Tallies.Objections.ShouldBe(1, "tallies still count every member");
    }

    // Weights 50, 30, 15 and 5: the IMF's majority of the votes cast, weighted by each member's votes.
    private const string Weighted = "body B { member A weight 50; member C weight 30; member E weight 15; member G weight 5; }\n"
        + "decision D in B { require a majority of votes cast by weight; }\n";

    [TestCase("A supports P; on 2024-01-01: C, E, G objects P", false, "50.0% of more than half required weight (50 of 100 cast)")]
    [TestCase("A supports P; on 2024-01-01: C, E objects P", true, "52.6% of more than half required weight (50 of 95 cast)")]
    [TestCase("A supports P; on 2024-01-01: C objects P; on 2024-01-01: E abstains P", true, "62.5% of more than half required weight (50 of 80 cast)")]
    [TestCase("C, E supports P; on 2024-01-01: A abstains P; on 2024-01-01: G objects P", true, "90.0% of more than half required weight (45 of 50 cast)")]
    public void A_majority_of_votes_cast_by_weight_counts_the_weights_of_those_for_and_against(string positions, bool approved, string text)
    {
        var (outcome, booleanPath, verdict) = Judge(Weighted + $"facts F for D {{ proposal P; on 2024-01-01: {positions}; on 2024-01-02: vote P; }}\n");

        outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        booleanPath.ShouldBe(approved);
        verdict.Thresholds.Single().Text.ShouldBe(text);
    }

    [Test]
    public void Before_a_vote_the_silent_weights_may_still_vote_against()
    {
        // A's 50 for, and nobody else yet: 50 of 50 cast, but the silent 50 could all vote against.
        var (outcome, _, _) = Judge(Weighted + "facts F for D { proposal P; on 2024-01-01: A supports P; }\n");

        outcome.ShouldBe(Outcome.Pending);
    }

    [Test]
    public void Eighty_five_percent_of_the_weights_lets_one_member_over_fifteen_percent_block_alone()
    {
        var text = "body B { member A weight 16; member C weight 84; }\n"
            + "decision D in B { require at least 85% of weight; }\n"
            + "facts F for D { proposal P; on 2024-01-01: C supports P; on 2024-01-01: A objects P; }\n";

        Judge(text).Outcome.ShouldBe(Outcome.Blocked);
    }
}

/// <summary>Thresholds against: a proposal blocked only by a qualified majority against it, as in the EU's comitology.</summary>
public sealed class MajorityAgainstTests
{
    // Seven members, populations 40, 20, 15, 10, 8, 5 and 2: blocked only by 55% of the members (4) with 65% of the population against.
    private const string Rules7 = """
        body B {
          member A population 40; member C population 20; member E population 15; member G population 10;
          member I population 8; member K population 5; member M population 2;
        }
        decision D in B { require not (at least 55% of members against and at least 65% of population against); }
        """;

    [TestCase("A, C, E, G", false, "A, C, E, G")]
    [TestCase("C, E, G, I", true, "")]
    [TestCase("A, C, E", true, "")]
    public void Only_a_qualified_majority_against_blocks(string against, bool approved, string blockers)
    {
        var compilation = Support.Rules.Compile(Rules7 + $"facts F for D {{ proposal P; on 2024-01-01: {against} objects P; on 2024-01-02: vote P; }}\n");
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var verdict = compilation.Evaluate("D", "P", "2024-01-02");

        verdict.Outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        compilation.IsApproved("D", "P", "2024-01-02").ShouldBe(approved);
        string.Join(", ", verdict.Blockers.Select(b => b.Member?.Name)).ShouldBe(blockers);
        verdict.MoreSupport.ShouldBeEmpty("more support does not lift a majority against");
    }

    [Test]
    public void Before_any_position_a_majority_against_could_still_form()
    {
        var compilation = Support.Rules.Compile(Rules7 + "facts F for D { proposal P; }\n");

        compilation.Evaluate("D", "P", "2024-01-02").Outcome.ShouldBe(Outcome.Pending);
    }

    [Test]
    public void The_numbers_count_the_members_against()
    {
        var compilation = Support.Rules.Compile(Rules7 + "facts F for D { proposal P; on 2024-01-01: A, C, E, G objects P; on 2024-01-02: vote P; }\n");

        var thresholds = compilation.Evaluate("D", "P", "2024-01-02").Thresholds;

        thresholds[0].Text.ShouldBe("4 of 4 required members against (55% of 7)");
        thresholds[1].Text.ShouldBe("85.0% of 65% required population against (85 of 100)");
    }
}

/// <summary>
/// Constructive abstention (TEU Article 31(1)): an abstention with a formal declaration does not break unanimity, but
/// abstainers with declarations who make up a third of the states and a third of the population stop the decision.
/// </summary>
public sealed class ConstructiveAbstentionTests
{
    // Six states of populations 40, 20, 15, 10, 10 and 5 (100 in all): a third of the states is 2.
    private const string Rules6 = """
        body B {
          member A population 40; member C population 20; member E population 15; member G population 10;
          member I population 10; member K population 5;
        }
        decision D in B {
          require unanimity abstention allowed
            and not (at least 1/3 of members abstaining with declaration and at least 1/3 of population abstaining with declaration);
        }
        """;

    private static string Facts(string supporters, string declared, string abstaining = "") =>
        Rules6 + $"facts F for D {{ proposal P; on 2022-02-28: {supporters} supports P; on 2022-02-28: {declared} abstains P with declaration; "
        + (abstaining.Length > 0 ? $"on 2022-02-28: {abstaining} abstains P; " : "") + "}\n";

    [TestCase("A, C, E, G, I", "K", "", true, "")]                 // one state, 5% of the people
    [TestCase("C, E, G, K", "A, I", "", false, "A, I")]            // two states (a third), 50% of the people
    [TestCase("A, C, E, G", "I, K", "", true, "")]                 // two states, but 15% of the people
    [TestCase("E, G, I, K", "A", "C", true, "")]                   // a plain abstention is not a declaration: one state declares
    [TestCase("G, I, K", "A, C, E", "", false, "A, C, E")]         // half the states, 75% of the people
    public void A_third_of_the_states_and_of_the_population_declaring_stops_the_decision(string supporters, string declared, string abstaining,
        bool approved, string blockers)
    {
        var compilation = Support.Rules.Compile(Facts(supporters, declared, abstaining));
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var verdict = compilation.Evaluate("D", "P", "2022-02-28");

        verdict.Outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Blocked);
        compilation.IsApproved("D", "P", "2022-02-28").ShouldBe(approved);
        string.Join(", ", verdict.Blockers.Select(b => b.Member?.Name)).ShouldBe(blockers);
        verdict.Blockers.ShouldAllBe(b => b.Kind == BlockerKind.DeclaredAbstention);
        verdict.MoreSupport.ShouldBeEmpty("more support does not lift declared abstentions");
    }

    [Test]
    public void The_numbers_count_the_declared_abstentions_alone()
    {
        var compilation = Support.Rules.Compile(Facts("E, G, I", "A, K", "C"));

        var verdict = compilation.Evaluate("D", "P", "2022-02-28");

        verdict.Thresholds[0].Text.ShouldBe("2 of 2 required members abstaining with a declaration (1/3 of 6)");
        verdict.Thresholds[1].Text.ShouldBe("45.0% of 1/3 required population abstaining with a declaration (45 of 100)");
        verdict.Tallies.Abstentions.ShouldBe(3, "declared or not, an abstention is an abstention");
        verdict.Blockers[0].Reason.ShouldBe("abstains with a declaration, and the members that do are enough to stop the decision");
        verdict.Blockers[0].Unblock.Single().Description.ShouldBe("A supports");
    }

    [Test]
    public void Before_the_positions_are_known_a_blocking_declaration_could_still_come()
    {
        var compilation = Support.Rules.Compile(Rules6 + "facts F for D { proposal P; on 2022-02-28: A, C, E, G supports P; }\n");

        compilation.Evaluate("D", "P", "2022-02-28").Outcome.ShouldBe(Outcome.Pending);
    }

    [Test]
    public void Json_facts_and_the_builder_state_a_declaration_as_the_rule_text_does()
    {
        var rules = Rules6 + "facts F for D { proposal P; on 2022-02-28: C, E, G, K supports P; on 2022-02-28: I abstains P with declaration; }\n";
        var json = FactsDocument.Parse("""
            { "facts": "More", "for": ["D"], "positions": [
              { "on": "2022-03-01", "member": "A", "stance": "abstains", "candidate": "P", "declaration": true } ] }
            """, "more.json");
        var built = FactsBuilder.For("More", "D").Member("A").Abstains("P", new DateOnly(2022, 3, 1), withDeclaration: true).Build();
        var tree = SyntaxTree.Parse(rules, "b.rules");

        foreach (var document in (FactsDocument[])[json, built])
        {
            var compilation = Compilation.Create([tree], [document]);
            compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
            compilation.Evaluate("D", "P", "2022-02-28").Outcome.ShouldBe(Outcome.Pending, "A has not spoken yet");
            var verdict = compilation.Evaluate("D", "P", "2022-03-01");
            verdict.Outcome.ShouldBe(Outcome.Blocked);
            string.Join(", ", verdict.Blockers.Select(b => b.Member?.Name)).ShouldBe("A, I");
        }
    }

    [Test]
    public void A_declaration_on_a_support_is_reported_from_json_as_from_rule_text()
    {
        var document = FactsDocument.Parse("""
            { "facts": "More", "for": ["D"], "positions": [
              { "on": "2022-03-01", "member": "A", "stance": "supports", "candidate": "P", "declaration": true } ] }
            """, "more.json");

        var compilation = Compilation.Create([SyntaxTree.Parse(Rules6 + "facts F for D { proposal P; }\n", "b.rules")], [document]);

        var error = compilation.Diagnostics.Single(d => d.IsError);
        error.Id.ShouldBe("NR2046");
        error.Location!.Path.ShouldBe("more.json");
    }
}

/// <summary>Ties: a majority tied at exactly half fails, unless the decision says the chair breaks it and the chair votes for.</summary>
public sealed class TieTests
{
    private static string Senate(string tie, string chairVote) => $$"""
        body Senate { chair VP "The Vice President"; member S1; member S2; member S3; member S4; }
        decision D in Senate { require a majority of votes cast; {{tie}} }
        facts F for D {
          proposal P;
          on 2022-08-07: S1, S2 supports P;
          on 2022-08-07: S3, S4 objects P;
          {{chairVote}}
          on 2022-08-07: vote P;
        }
        """;

    [TestCase("tie broken by chair;", "on 2022-08-07: VP supports P;", true)]
    [TestCase("tie broken by chair;", "on 2022-08-07: VP objects P;", false)]
    [TestCase("tie broken by chair;", "", false)]
    [TestCase("tie fails;", "on 2022-08-07: VP supports P;", false)]
    [TestCase("", "on 2022-08-07: VP supports P;", false)]
    public void The_chair_breaks_a_tie_only_where_the_decision_says_so(string tie, string chairVote, bool approved)
    {
        var compilation = Support.Rules.Compile(Senate(tie, chairVote));
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var verdict = compilation.Evaluate("D", "P", "2022-08-07");

        verdict.Outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        compilation.IsApproved("D", "P", "2022-08-07").ShouldBe(approved);
        verdict.Tallies.Members.ShouldBe(4, "the chair is no member");
        if (tie.Contains("chair"))
            verdict.Thresholds.Single().Text.ShouldEndWith(approved ? "; tied, and the chair VP votes for: carried" : "; tied, and the chair VP does not vote for: the tie fails");
    }

    [Test]
    public void The_chair_is_counted_in_no_threshold_or_selector()
    {
        var compilation = Support.Rules.Compile("""
            body Senate { chair VP; member S1; member S2; member S3; }
            decision D in Senate { require unanimity of members on 2022-01-01 abstention allowed and at least 2/3 of members; }
            facts F for D { proposal P; on 2022-01-01: S1, S2, S3 supports P; on 2022-01-01: VP objects P; }
            """);

        var verdict = compilation.Evaluate("D", "P", "2022-01-02");

        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Thresholds.Single().Text.ShouldBe("3 of 2 required members (2/3 of 3)");
    }
}

/// <summary>
/// Thresholds over a selection of the members (<c>at least 2/3 of members where not suspended</c>, <c>more than half of
/// members except candidate present and voting</c>): the share is of the members selected, and only they are counted.
/// </summary>
public sealed class ThresholdSelectorTests
{
    // Seven members, two of them suspended; C is a national of A5.
    private const string Rules7 = """
        body AU {
          member A1; member A2; member A3; member A4; member A5;
          member S1 suspended; member S2 suspended;
        }
        decision Chair in AU { require at least 2/3 of members where not suspended; }
        decision Concerned in AU { require more than half of members except candidate present and voting; }
        decision Against in AU { require not (at least 3/5 of members where not suspended against); }
        """;

    private static Compilation Compile(string positions) =>
        Rules.Compile(Rules7 + $"facts E for Chair, Concerned, Against {{ candidate C national A5; {positions} on 2025-02-16: vote C; }}\n");

    [TestCase("on 2025-02-15: A1, A2, A3, A4 supports C; on 2025-02-15: S1, S2 objects C;", true, "4 of 4 required members (2/3 of 5 members where not suspended)")]
    [TestCase("on 2025-02-15: A1, A2, A3, S1, S2 supports C;", false, "3 of 4 required members (2/3 of 5 members where not suspended)")]
    public void A_share_of_the_members_not_suspended_counts_them_alone(string positions, bool approved, string text)
    {
        var compilation = Compile(positions);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();

        var verdict = compilation.Evaluate("Chair", "C", "2025-02-16");

        verdict.Outcome.ShouldBe(approved ? Outcome.Approved : Outcome.Rejected);
        compilation.IsApproved("Chair", "C", "2025-02-16").ShouldBe(approved);
        verdict.Thresholds.Single().Text.ShouldBe(text);
    }

    [Test]
    public void The_member_concerned_is_left_out_of_those_voting()
    {
        // Of the six others, A1-A3 for and A4 against: 3 of 4 voting is a majority; A5's objection is not counted.
        var compilation = Compile("on 2025-02-15: A1, A2, A3 supports C; on 2025-02-15: A4, A5 objects C;");

        var verdict = compilation.Evaluate("Concerned", "C", "2025-02-16");

        verdict.Outcome.ShouldBe(Outcome.Approved);
        verdict.Thresholds.Single().Text.ShouldBe("3 of 3 required supports (more than half of 4 members except candidate present and voting is over 2)");
    }

    [Test]
    public void A_majority_against_among_the_selection_blocks_with_its_objectors()
    {
        var compilation = Compile("on 2025-02-15: A1, A2, A3 objects C; on 2025-02-15: S1, S2 objects C;");

        var verdict = compilation.Evaluate("Against", "C", "2025-02-16");

        verdict.Outcome.ShouldBe(Outcome.Rejected);
        string.Join(", ", verdict.Blockers.Select(b => b.Member!.Name)).ShouldBe("A1, A2, A3", "the suspended members are not among those counted");
    }
}
