using System.Text.Json;

namespace NatoRules.Cli.Tests;

public sealed class CheckCommandTests
{
    private static CliRunner.Result Check(params string[] arguments) => CliRunner.RunIn(Repository.Root, ["check", .. arguments]);

    [Test]
    public void The_founding_case_text_matches_the_golden_file()
    {
        var result = Check("rules/nato", "--as-of", "2024-06-17", "--decision", "SecretaryGeneral", "--explain");

        result.ExitCode.ShouldBe(1, "a decision is blocked");
        result.StandardError.ShouldBeEmpty();
        var golden = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", "founding-case-2024-06-17.txt"));
        result.StandardOutput.ShouldBe(golden.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Every_decision_approved_exits_zero()
    {
        var result = Check("rules/nato", "--as-of", "2024-06-26", "--decision", "SecretaryGeneral", "--candidate", "Rutte");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldStartWith("SecretaryGeneral (NATO) for Rutte as of 2024-06-26: approved");
    }

    [Test]
    public void Json_output_has_the_documented_fields()
    {
        var result = Check("rules", "--as-of", "2024-06-17", "--decision", "SecretaryGeneral", "--candidate", "Rutte", "--format", "json", "--explain");

        result.ExitCode.ShouldBe(1);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        root.GetProperty("asOf").GetString().ShouldBe("2024-06-17");
        root.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
        var verdict = root.GetProperty("decisions").EnumerateArray().Single();
        verdict.GetProperty("decision").GetString().ShouldBe("SecretaryGeneral");
        verdict.GetProperty("body").GetString().ShouldBe("NATO");
        verdict.GetProperty("candidate").GetString().ShouldBe("Rutte");
        verdict.GetProperty("outcome").GetString().ShouldBe("blocked");

        var blockers = verdict.GetProperty("blockers").EnumerateArray().ToArray();
        blockers.Select(b => b.GetProperty("member").GetString()).ShouldBe(["HUN", "ROU"]);
        blockers[0].GetProperty("kind").GetString().ShouldBe("conditionalObjection");
        blockers[0].GetProperty("file").GetString().ShouldBe("rules/nato/secretary-general.rules");
        blockers[0].GetProperty("line").GetInt32().ShouldBe(28);
        blockers[0].GetProperty("column").GetInt32().ShouldBe(3);

        var unblock = verdict.GetProperty("unblock").EnumerateArray().ToArray();
        unblock[0].GetProperty("kind").GetString().ShouldBe("guarantee");
        unblock[0].GetProperty("matter").GetString().ShouldBe("UkraineOptOut");
        var tallies = verdict.GetProperty("tallies");
        tallies.GetProperty("supports").GetInt32().ShouldBe(5);
        tallies.GetProperty("objections").GetInt32().ShouldBe(1);
        tallies.GetProperty("silent").GetInt32().ShouldBe(26);
        verdict.GetProperty("explanation").GetProperty("result").GetString().ShouldBe("blocked");
    }

    [Test]
    public void Json_thresholds_carry_their_numbers()
    {
        var result = Check("rules/un", "--as-of", "2024-03-25", "--decision", "SubstantiveResolution", "--candidate", "Resolution2728", "--format", "json");
        result.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var threshold = document.RootElement.GetProperty("decisions")[0].GetProperty("thresholds")[0];
        threshold.GetProperty("threshold").GetString().ShouldBe("at least 9 supports");
        threshold.GetProperty("met").GetBoolean().ShouldBeTrue();
        threshold.GetProperty("actual").GetDecimal().ShouldBe(14m);
        threshold.GetProperty("required").GetDecimal().ShouldBe(9m);
        threshold.GetProperty("text").GetString().ShouldBe("14 of 9 required supports");
        threshold.GetProperty("unit").GetString().ShouldBe("supports");
        threshold.GetProperty("total").GetDecimal().ShouldBe(15m);
    }

    [Test]
    public void Json_thresholds_on_an_attribute_give_exact_values_in_its_units()
    {
        // A share of population gave actual and required scaled by 100 (8500 for 85 of 100).
        var path = CliRunner.TempFile("weighted.rules", """
            body B { member A population 60; member C population 27; member E population 13; }
            decision D in B { require at least 65% of population and at least 55% of members; }
            facts F for D { proposal P; on 2024-01-01: A supports P; on 2024-01-01: E supports P; on 2024-01-01: C objects P; }
            """);
        var result = Check(path, "--as-of", "2024-02-01", "--format", "json");
        result.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var thresholds = document.RootElement.GetProperty("decisions")[0].GetProperty("thresholds");
        var population = thresholds[0];
        population.GetProperty("actual").GetDecimal().ShouldBe(73m);
        population.GetProperty("required").GetDecimal().ShouldBe(65m);
        population.GetProperty("total").GetDecimal().ShouldBe(100m);
        population.GetProperty("unit").GetString().ShouldBe("population");
        population.GetProperty("text").GetString().ShouldBe("73.0% of 65% required population (73 of 100)");
        var members = thresholds[1];
        // 55% of 3 members is 1.65, so 2 are required: whole members, rounded up.
        (members.GetProperty("actual").GetDecimal(), members.GetProperty("required").GetDecimal(), members.GetProperty("unit").GetString())
            .ShouldBe((2m, 2m, "members"));
    }

    [Test]
    public void Sarif_output_is_a_valid_2_1_0_log_with_a_rule_for_every_id_used()
    {
        var path = CliRunner.TempFile("broken.rules", "body NATO { member HUN; }\ndecision SG in NATOO { require consensus; }\nfacts F for SG { candidate X; on 2024-01-01: HUNG objects X; }\n");
        var result = Check(path, "--format", "sarif");

        result.ExitCode.ShouldBe(2);
        using var document = JsonDocument.Parse(result.StandardOutput);
        var root = document.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        root.GetProperty("$schema").GetString()!.ShouldContain("sarif-2.1.0");
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("natorules");
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToArray();
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        results.Select(r => r.GetProperty("ruleId").GetString()).Distinct().Order().ShouldBe(rules.Order());
        foreach (var item in results)
        {
            rules[item.GetProperty("ruleIndex").GetInt32()].ShouldBe(item.GetProperty("ruleId").GetString());
            item.GetProperty("level").GetString().ShouldBe("error");
            var region = item.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            region.GetProperty("startLine").GetInt32().ShouldBeGreaterThan(0);
            region.GetProperty("endColumn").GetInt32().ShouldBeGreaterThanOrEqualTo(region.GetProperty("startColumn").GetInt32());
        }
        results.Single(r => r.GetProperty("ruleId").GetString() == "NR2005")
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startColumn").GetInt32().ShouldBe(16);
    }

    [Test]
    public void Msbuild_output_is_one_canonical_line_per_diagnostic()
    {
        var path = CliRunner.TempFile("broken.rules", "body NATO { member HUN; }\ndecision SG in NATOO { require consensus; }\n");
        var result = Check(path, "--format", "msbuild");
        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBe($"{path}(2,16,2,21): error NR2005: unknown body 'NATOO'\n");
    }

    [Test]
    public void Diagnostics_are_rendered_with_a_help_line()
    {
        var path = CliRunner.TempFile("hung.rules", "body NATO { member HUN; }\ndecision SG in NATO { require consensus; }\nfacts F for SG { candidate X; on 2024-01-01: HUNG objects X; }\n");
        var result = Check(path);
        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldBeEmpty("nothing is evaluated when the input has errors");
        result.StandardError.ShouldBe($"""
            error[NR2001]: unknown member 'HUNG' of NATO
             --> {path}:3:46
              |
            3 | facts F for SG {"{"} candidate X; on 2024-01-01: HUNG objects X; {"}"}
              |                                              ^^^^
              = help: did you mean 'HUN'?

            1 error, 0 warnings

            """.ReplaceLineEndings("\n"));
    }

    [Test]
    public void Json_facts_load_into_the_same_model()
    {
        var facts = CliRunner.TempFile("facts.json", """
            { "facts": "Extra", "for": ["SecretaryGeneral"],
              "candidates": [{ "name": "Stoltenberg", "national": "NOR" }],
              "positions": [{ "on": "2024-01-01", "member": "HUN", "stance": "objects", "candidate": "Stoltenberg" }] }
            """);
        var result = Check("rules/nato", "--facts", facts, "--as-of", "2024-06-26", "--candidate", "Stoltenberg");
        result.StandardError.ShouldBeEmpty();
        result.StandardOutput.ShouldContain("SecretaryGeneral (NATO) for Stoltenberg as of 2024-06-26: blocked");
        result.StandardOutput.ShouldContain("HUN: objects to Stoltenberg");
        result.StandardOutput.ShouldContain("ROU: backs the rival candidate Rutte");
    }

    [Test]
    public void A_decision_of_another_body_with_the_same_name_stands_beside_the_shipped_one()
    {
        // An AU ProceduralMatter next to the shipped UNSC one gave NR2007 on the shipped file and six follow-ons.
        var au = CliRunner.TempFile("au.rules", """
            body AU { member ZAF; member NGA; }
            decision ProceduralMatter in AU { require consensus; }
            facts Assembly for ProceduralMatter { proposal Motion; on 2024-01-01: ZAF supports Motion; }
            test "the AU's own short name" { as of 2024-02-01; expect ProceduralMatter for Motion is approved; }
            """);
        CliRunner.RunIn(Repository.Root, "test", "rules/un", au).ExitCode.ShouldBe(0);

        var both = Check("rules/un", au, "--as-of", "2024-04-18", "--decision", "UNSC.ProceduralMatter", "--candidate", "PalestineAdmissionDraft");
        both.ExitCode.ShouldBe(0);
        both.StandardOutput.ShouldStartWith("ProceduralMatter (UNSC) for PalestineAdmissionDraft as of 2024-04-18: approved");
        Check("rules/un", au, "--as-of", "2024-04-18", "--decision", "AU.ProceduralMatter").StandardOutput
            .ShouldStartWith("ProceduralMatter (AU) for Motion as of 2024-04-18: approved");

        var ambiguous = Check("rules/un", au, "--decision", "ProceduralMatter");
        ambiguous.ExitCode.ShouldBe(64);
        ambiguous.StandardError.ShouldContain("AU.ProceduralMatter");
    }
}
