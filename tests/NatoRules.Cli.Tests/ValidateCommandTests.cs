using System.Text.Json;

namespace NatoRules.Cli.Tests;

public sealed class ValidateCommandTests
{
    private static CliRunner.Result Run(params string[] arguments) => CliRunner.RunIn(Repository.Root, arguments);

    [Test]
    public void The_shipped_rules_validate_clean_and_nothing_is_evaluated()
    {
        var result = Run("validate", "rules");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldBeEmpty("validate evaluates nothing, so it prints no verdict");
        var files = Directory.GetFiles(Path.Combine(Repository.Root, "rules"), "*.rules", SearchOption.AllDirectories).Length;
        result.StandardError.ShouldBe($"no errors, no warnings in {files} files\n");
    }

    [Test]
    public void Errors_exit_two_in_every_format_and_warnings_alone_exit_zero()
    {
        var broken = CliRunner.TempFile("broken.rules", "body B { member A; }\ndecision D in B {\n  requires consensus;\n}\n");
        Run("validate", broken, "--format", "msbuild").StandardOutput.ShouldBe(
            $"{broken}(3,3,3,11): error NR1013: unexpected identifier `requires` in a `decision` block: expected `require`, `eligible`, `guarantees`, `blocking`, `quorum` or `tie`\n");
        foreach (var format in new[] { "text", "json", "sarif", "msbuild" })
            Run("validate", broken, "--format", format).ExitCode.ShouldBe(2, format);

        using var json = JsonDocument.Parse(Run("validate", broken, "--format", "json").StandardOutput);
        json.RootElement.GetProperty("errors").GetInt32().ShouldBe(1);
        json.RootElement.GetProperty("diagnostics")[0].GetProperty("help").GetString().ShouldBe("did you mean `require`?");

        var warned = CliRunner.TempFile("warned.rules", "body B { member A; }\ndecision D in B { eligible when candidate is not withdrawn; }\n");
        var result = Run("validate", warned, "--format", "msbuild");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldContain("warning NR2027");
        Run("validate", warned, "--severity", "NR2027=error").ExitCode.ShouldBe(2);
    }

    [Test]
    public void Several_files_and_folders_are_validated_together()
    {
        var body = CliRunner.TempFile("body.rules", "body B { member A; }\n");
        var decision = CliRunner.TempFile("decision.rules", "decision D in B { require consensus; }\n");
        Run("validate", body, decision, "rules/un").ExitCode.ShouldBe(0);
        Run("validate", decision).ExitCode.ShouldBe(2, "alone, the decision's body is unknown");
    }

    [Test]
    public void Check_in_msbuild_and_sarif_reports_each_verdict_not_approved()
    {
        var msbuild = Run("check", "rules/nato", "--as-of", "2024-05-01", "--decision", "SecretaryGeneral", "--format", "msbuild");
        msbuild.ExitCode.ShouldBe(1);
        msbuild.StandardOutput.ShouldBe(
            "rules/nato/secretary-general.rules(6,10,6,26): warning NR3100: SecretaryGeneral for Rutte as of 2024-05-01: blocked by HUN, ROU\n"
            + "rules/nato/secretary-general.rules(6,10,6,26): warning NR3100: SecretaryGeneral for Iohannis as of 2024-05-01: blocked by FRA, GBR, USA, TUR, DEU\n");

        var sarif = Run("check", "rules/nato", "--as-of", "2024-06-26", "--decision", "SecretaryGeneral", "--format", "sarif");
        sarif.ExitCode.ShouldBe(1);
        using var log = JsonDocument.Parse(sarif.StandardOutput);
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        results.Single().GetProperty("ruleId").GetString().ShouldBe("NR3100");
        results.Single().GetProperty("message").GetProperty("text").GetString()
            .ShouldBe("SecretaryGeneral for Iohannis as of 2024-06-26: ineligible: candidate is not withdrawn (Iohannis withdraws on 2024-06-20)");

        Run("check", "rules/nato", "--as-of", "2024-06-26", "--decision", "Accession", "--format", "msbuild").StandardOutput.ShouldBeEmpty();
    }

    [Test]
    public void A_diagnostic_over_several_lines_underlines_its_part_of_each()
    {
        // Only the first line was shown, underlined to its end.
        var path = CliRunner.TempFile("clauses.rules",
            "body B { member A; }\ndecision D in B {\n  require consensus;\n  guarantees count when written;\n  guarantees count\n    when written\n    and given by candidate;\n}\n");
        var result = Run("validate", path);
        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldBe($"""
            error[NR2024]: decision 'D' already has a `guarantees count when` clause
             --> {path}:5:3
              |
            5 |   guarantees count
              |   ^^^^^^^^^^^^^^^^
            6 |     when written
              |     ^^^^^^^^^^^^
            7 |     and given by candidate;
              |     ^^^^^^^^^^^^^^^^^^^^^^^

            1 error, 0 warnings

            """.ReplaceLineEndings("\n"));
    }
}
