using System.Text.Json;
using Json.Schema;

namespace NatoRules.Cli.Tests;

/// <summary>The JSON the command writes holds to the schemas in docs/, so consumers can rely on them.</summary>
public sealed class JsonSchemaTests
{
    // Each schema is read once: the library keeps a registry of schemas by their $id.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<JsonSchema>> Schemas = new();

    private static JsonSchema Schema(string name) =>
        Schemas.GetOrAdd(name, n => new Lazy<JsonSchema>(() => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repository.Root, "docs", n))))).Value;

    private static void ShouldHold(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"));
        result.IsValid.ShouldBeTrue(string.Join("\n", errors));
    }

    [TestCase("rules/nato", "2024-06-17", "--explain")]
    [TestCase("rules/un", "2024-02-20", "--explain")]
    [TestCase("rules/eu", "2024-01-01", "--explain")]
    [TestCase("rules/nato", "2023-04-04", "--format")]
    public void Check_json_holds_to_the_verdicts_schema(string rules, string asOf, string extra)
    {
        var arguments = new List<string> { "check", rules, "--as-of", asOf, "--format", "json" };
        if (extra == "--explain")
            arguments.Add(extra);
        var result = CliRunner.RunIn(Repository.Root, [.. arguments]);
        result.ExitCode.ShouldBeOneOf(0, 1);
        ShouldHold(Schema("verdicts.schema.json"), result.StandardOutput);
    }

    [Test]
    public void Check_json_with_input_errors_holds_to_the_verdicts_schema()
    {
        var path = CliRunner.TempFile("broken.rules", "body B { member A; }\ndecision D in C { require consensus; }\n");
        var result = CliRunner.Run("check", path, "--format", "json");
        result.ExitCode.ShouldBe(2);
        ShouldHold(Schema("verdicts.schema.json"), result.StandardOutput);
    }

    [Test]
    public void A_verdict_that_breaks_the_schema_is_caught()
    {
        // The test can fail: a verdict with an outcome the schema does not know.
        var result = CliRunner.RunIn(Repository.Root, "check", "rules/nato", "--as-of", "2024-06-17", "--format", "json");
        var broken = result.StandardOutput.Replace("\"outcome\": \"blocked\"", "\"outcome\": \"maybe\"", StringComparison.Ordinal);
        broken.ShouldNotBe(result.StandardOutput);
        using var document = JsonDocument.Parse(broken);
        Schema("verdicts.schema.json").Evaluate(document.RootElement).IsValid.ShouldBeFalse();
    }

    [Test]
    public void Test_json_with_coverage_and_failures_holds_to_the_test_results_schema()
    {
        ShouldHold(Schema("test-results.schema.json"), CliRunner.RunIn(Repository.Root, "test", "rules", "--format", "json", "--coverage").StandardOutput);
        var failing = CliRunner.TempFile("failing.rules", """
            body B { member A; }
            decision D in B { require consensus; }
            facts F for D { proposal P; on 2024-01-01: A objects P; }
            test "wrong" { as of 2024-02-01; expect D for P is approved; }
            """);
        var result = CliRunner.Run("test", failing, "--format", "json");
        result.ExitCode.ShouldBe(1);
        ShouldHold(Schema("test-results.schema.json"), result.StandardOutput);
    }

    [Test]
    public void Sarif_rules_have_PascalCase_names_and_descriptions_in_sentences()
    {
        foreach (var descriptor in NatoRules.Diagnostics.DiagnosticDescriptors.All)
        {
            var name = NatoRules.Cli.Output.Sarif.PascalCase(descriptor.Title);
            name.ShouldMatch("^[A-Z][A-Za-z0-9]*$", descriptor.Id);
            var description = NatoRules.Cli.Output.Sarif.FullDescription(descriptor);
            description.ShouldNotContain("{0}", customMessage: descriptor.Id);
            description.ShouldNotBe(descriptor.MessageFormat, descriptor.Id);
            description[0].ShouldSatisfyAllConditions(c => char.IsUpper(c).ShouldBeTrue($"{descriptor.Id}: {description}"));
            description.ShouldMatch(@"[.)]$", descriptor.Id);
        }
        NatoRules.Cli.Output.Sarif.PascalCase("Statement not allowed here").ShouldBe("StatementNotAllowedHere");
    }

    [Test]
    public void A_sarif_log_has_what_the_format_requires_and_each_result_points_at_its_rule()
    {
        var path = CliRunner.TempFile("two.rules", "body B { member A; }\ndecision D in B {\n  requires consensus;\n}\nfacts F for E { proposal P; }\n");
        using var log = JsonDocument.Parse(CliRunner.Run("validate", path, "--format", "sarif").StandardOutput);
        var root = log.RootElement;
        root.GetProperty("version").GetString().ShouldBe("2.1.0");
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().ShouldBe("natorules");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        rules.Select(r => r.GetProperty("name").GetString()).ShouldBe(["StatementNotAllowedHere", "UnknownDecision"]);
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            rule.GetProperty("id").GetString().ShouldBe(result.GetProperty("ruleId").GetString());
            result.GetProperty("message").GetProperty("text").GetString().ShouldNotBeNullOrWhiteSpace();
            result.GetProperty("level").GetString().ShouldBeOneOf("error", "warning", "note", "none");
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            region.GetProperty("startLine").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
            region.GetProperty("startColumn").GetInt32().ShouldBeGreaterThanOrEqualTo(1);
        }
    }

    [Test]
    public void Sarif_logs_hold_to_the_standard_constraints_on_what_they_use()
    {
        // No SARIF validator restores here, and the standard's schema file is not ours to ship: the
        // schema beside this test states, from the standard, the constraints on every property we write.
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "sarif-2.1.0-subset.schema.json")));
        var broken = CliRunner.TempFile("sarif.rules", "body B { member A; }\ndecision D in B {\n  requires consensus;\n}\nfacts F for E { proposal P; }\n");
        ShouldHold(schema, CliRunner.Run("validate", broken, "--format", "sarif").StandardOutput);
        ShouldHold(schema, CliRunner.RunIn(Repository.Root, "check", "rules", "--as-of", "2024-05-01", "--format", "sarif").StandardOutput);
        ShouldHold(schema, CliRunner.RunIn(Repository.Root, "validate", "rules", "--format", "sarif").StandardOutput);
    }
}
