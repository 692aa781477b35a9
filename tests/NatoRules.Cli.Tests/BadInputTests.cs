using System.Text;

namespace NatoRules.Cli.Tests;

/// <summary>Every kind of bad input gets one clear line, the documented exit code and no stack trace.</summary>
public sealed class BadInputTests
{
    private static void ShouldBeCleanError(CliRunner.Result result, int exitCode, string message)
    {
        result.ExitCode.ShouldBe(exitCode);
        result.StandardError.ShouldContain(message);
        result.StandardError.ShouldNotContain("   at ");
        result.StandardError.ShouldNotContain("Exception");
    }

    [Test]
    public void A_missing_file() =>
        ShouldBeCleanError(CliRunner.Run("check", "nowhere.rules"), 2, "natorules: error: nowhere.rules: file not found");

    [Test]
    public void A_directory_with_no_rule_files()
    {
        var folder = Path.GetDirectoryName(CliRunner.TempFile("readme.txt", "not rules"))!;
        ShouldBeCleanError(CliRunner.Run("check", folder), 2, "no rule files (*.rules) in this directory");
    }

    [Test]
    public void An_empty_file_has_nothing_to_evaluate()
    {
        var result = CliRunner.Run("check", CliRunner.TempFile("empty.rules", ""));
        result.ExitCode.ShouldBe(0);
        result.StandardError.ShouldBeEmpty();
    }

    [Test]
    public void A_binary_file() =>
        ShouldBeCleanError(CliRunner.Run("check", CliRunner.TempFile("x.rules", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x02])), 2, "binary file (NUL byte at offset 4)");

    [Test]
    public void Invalid_utf8() =>
        ShouldBeCleanError(CliRunner.Run("check", CliRunner.TempFile("x.rules", [0x62, 0x6F, 0x64, 0x79, 0xC3, 0x28])), 2, "not valid UTF-8 (invalid byte at offset 4)");

    [Test]
    public void Tests_that_need_more_than_the_compilation_budget_stop_with_one_line_and_exit_2()
    {
        // 3,500 tests of a rule of 9,000 terms over 32 members: 300,000 steps each, past the budget of 1,000,000,000
        // (it was an internal error, exit 70, for an evaluation over its limit, and a run of minutes and gigabytes here).
        var members = string.Concat(Enumerable.Range(0, 32).Select(i => $"member M{i}; "));
        var text = new StringBuilder($"body B {{ {members}}}\ndecision D in B {{ require {string.Join(" and ", Enumerable.Repeat("consensus", 9_000))}; }}\n")
            .AppendLine("facts F for D { proposal X; }");
        for (var i = 0; i < 3_500; i++)
            text.AppendLine($"test \"t{i}\" {{ as of 2024-01-01; expect D for X is approved; }}");
        var result = CliRunner.Run("test", CliRunner.TempFile("many.rules", text.ToString()));
        ShouldBeCleanError(result, 2, "natorules: error: The tests took more than the 1000000000 steps of the compilation's budget.");
    }

    [Test]
    public void A_50_MB_file_is_read_and_its_errors_reported()
    {
        // 50 MB: a body, then one unterminated block comment that runs to the end of the file.
        var builder = new StringBuilder("body B { member A; }\nmatter M @;\n/*");
        builder.Append('x', 50 * 1024 * 1024);
        var result = CliRunner.Run("check", CliRunner.TempFile("big.rules", builder.ToString()), "--format", "msbuild");
        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldContain("(2,10,2,11): error NR1001: unexpected character '@'");
        result.StandardOutput.ShouldContain("(3,1,3,3): error NR1003");
    }

    [Test]
    public void An_unknown_option() =>
        ShouldBeCleanError(CliRunner.Run("check", "rules", "--no-such-option"), 64, "natorules: error: ");

    [Test]
    public void A_malformed_as_of_date() =>
        ShouldBeCleanError(CliRunner.RunIn(Repository.Root, "check", "rules", "--as-of", "2024-13-01"), 64,
            "natorules: error: --as-of '2024-13-01' is not a date; write yyyy-mm-dd");

    [Test]
    public void Malformed_json_facts()
    {
        var facts = CliRunner.TempFile("facts.json", "{ \"facts\": \"F\", \"for\": [\"SecretaryGeneral\"] \"x\": 1 }");
        var result = CliRunner.RunIn(Repository.Root, "check", "rules/nato", "--facts", facts);
        ShouldBeCleanError(result, 2, "error[NR1101]: malformed JSON");
        result.StandardError.ShouldContain($"{facts}:1:");
    }

    [Test]
    public void Facts_naming_unknown_members()
    {
        var facts = CliRunner.TempFile("facts.json",
            "{ \"facts\": \"F\", \"for\": [\"SecretaryGeneral\"],\n  \"positions\": [{ \"on\": \"2024-01-01\", \"member\": \"HUNG\", \"stance\": \"objects\", \"candidate\": \"Rutte\" }] }");
        var result = CliRunner.RunIn(Repository.Root, "check", "rules/nato", "--facts", facts);
        ShouldBeCleanError(result, 2, "error[NR2001]: unknown member 'HUNG' of NATO");
        result.StandardError.ShouldContain($"{facts}:2:49");
        result.StandardError.ShouldContain("help: did you mean 'HUN'?");
    }

    [Test]
    public void A_decision_that_does_not_exist() =>
        ShouldBeCleanError(CliRunner.RunIn(Repository.Root, "check", "rules", "--decision", "SecretaryGenral"), 64,
            "natorules: error: there is no decision 'SecretaryGenral'; did you mean 'SecretaryGeneral'?");

    [Test]
    public void A_candidate_that_does_not_exist() =>
        ShouldBeCleanError(CliRunner.RunIn(Repository.Root, "check", "rules", "--candidate", "Rute"), 64,
            "natorules: error: there is no candidate 'Rute'; did you mean 'Rutte'?");

    [Test]
    public void An_unwritable_output()
    {
        // Standard output is /dev/full: every write fails with "no space left on device".
        var start = new System.Diagnostics.ProcessStartInfo("bash")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dotnet '{Path.Combine(TestContext.CurrentContext.TestDirectory, "NatoRules.Cli.dll")}' check rules --as-of 2024-06-17 > /dev/full");
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(2);
        stderr.ShouldStartWith("natorules: error: cannot write output:");
        stderr.ShouldNotContain("   at ");
    }
}
