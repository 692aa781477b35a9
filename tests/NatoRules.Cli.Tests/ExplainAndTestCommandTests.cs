namespace NatoRules.Cli.Tests;

public sealed class ExplainAndTestCommandTests
{
    [Test]
    public void Explain_prints_the_documentation_of_an_id()
    {
        var result = CliRunner.Run("explain", "NR2001");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldStartWith("NR2001: Unknown member\n======================\n");
        result.StandardOutput.ShouldContain("Fix:");
        result.StandardOutput.ShouldNotContain("NR2002");
        // Rendered for a terminal: no Markdown heading, fence or backtick.
        result.StandardOutput.ShouldNotContain("#");
        result.StandardOutput.ShouldNotContain("`");
        result.StandardOutput.ShouldContain("\n    on 2024-03-01: HUNG objects Rutte;\n");
        result.StandardOutput.ShouldContain("unknown member 'HUNG' of NATO (error)");
    }

    [Test]
    public void Explain_list_names_every_id_with_its_severity_and_title()
    {
        var result = CliRunner.Run("explain", "--list");
        result.ExitCode.ShouldBe(0);
        var lines = result.StandardOutput.TrimEnd().Split('\n');
        lines.Length.ShouldBe(NatoRules.Diagnostics.DiagnosticDescriptors.All.Count);
        lines.ShouldContain("NR2001  error    Unknown member");
        lines.ShouldContain("NR3003  info     Rule no decision uses");
    }

    [Test]
    public void Mistyped_commands_and_filters_that_match_nothing_are_said_so()
    {
        var typo = CliRunner.Run("chek", "rules");
        typo.ExitCode.ShouldBe(64);
        typo.StandardError.ShouldStartWith("natorules: error: there is no command 'chek'; did you mean 'check'?\n");

        var help = CliRunner.Run("help", "check");
        help.ExitCode.ShouldBe(0);
        help.StandardOutput.ShouldContain("Usage:\n  natorules check <paths>... [options]");
        CliRunner.Run("--help").StandardOutput.ShouldContain("  natorules [command] [options]");

        var filter = CliRunner.RunIn(Repository.Root, "test", "rules", "--filter", "no such test");
        filter.ExitCode.ShouldBe(1);
        filter.StandardError.ShouldStartWith("natorules: error: no test name contains 'no such test'");
    }

    [Test]
    public void Severity_for_an_unknown_id_or_an_error_that_cannot_be_lowered_is_wrong_usage()
    {
        var unknown = CliRunner.RunIn(Repository.Root, "validate", "rules", "--severity", "NR3030=none");
        unknown.ExitCode.ShouldBe(64);
        unknown.StandardError.ShouldStartWith("natorules: error: --severity 'NR3030=none': there is no diagnostic NR3030; did you mean NR2030?");
        CliRunner.RunIn(Repository.Root, "validate", "rules", "--severity", "NR2001=warning").ExitCode.ShouldBe(64);
        CliRunner.RunIn(Repository.Root, "validate", "rules", "--severity", "NR3003=error").ExitCode.ShouldBe(0);
    }

    [Test]
    public void Explain_an_unknown_id_is_wrong_usage()
    {
        var result = CliRunner.Run("explain", "NR9999");
        result.ExitCode.ShouldBe(64);
        result.StandardError.ShouldStartWith("natorules: error: there is no diagnostic 'NR9999'");
    }

    [Test]
    public void The_shipped_rules_pass_their_own_tests()
    {
        var result = CliRunner.RunIn(Repository.Root, "test", "rules");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldContain("pass 19 June 2024: Romania alone (rules/nato/secretary-general.rules:");
        result.StandardOutput.TrimEnd().Split('\n')[^1].ShouldMatch(@"^\d+ passed, 0 failed$");
    }

    [Test]
    public void A_failing_test_shows_expected_and_actual_and_exits_one()
    {
        var path = CliRunner.TempFile("wrong.rules", """
            body NATO { member HUN; member TUR; }
            decision SG in NATO { require consensus; }
            facts F for SG { candidate X; on 2024-01-01: HUN objects X; }
            test "deliberately wrong" { as of 2024-02-01; expect SG for X is blocked by TUR; }
            test "right" { as of 2024-02-01; expect SG for X is blocked by HUN; }
            """);
        var result = CliRunner.Run("test", path);
        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldContain("FAIL deliberately wrong");
        result.StandardOutput.ShouldContain("expected: blocked by TUR");
        result.StandardOutput.ShouldContain("actual:   blocked by HUN");
        result.StandardOutput.ShouldContain($"at {path}:4:47");
        result.StandardOutput.ShouldContain("pass right");
        result.StandardOutput.ShouldEndWith("1 passed, 1 failed\n");
    }

    [Test]
    public void Version_is_printed()
    {
        var result = CliRunner.Run("--version");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.Trim().ShouldBe("0.1.0");
    }
}

public sealed class TestCommandOptionTests
{
    private const string Rules = """
        body B { member A; member C; }
        rule Unused = at least 2 supports;
        decision D in B { require consensus; }
        facts F for D { candidate X; on 2024-01-01: A objects X; }
        test "january" { as of 2024-01-15; expect D for X is blocked by A; }
        test "december" { as of 2023-12-15; expect D for X is approved; }
        """;

    [Test]
    public void Coverage_lists_every_clause_no_test_reached()
    {
        var path = CliRunner.TempFile("cov.rules", Rules);
        var result = CliRunner.Run("test", path, "--coverage");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldContain($"  {path}: clauses 1/2, facts 1/1");
        result.StandardOutput.ShouldContain($"    not reached: {path}:2: at least 2 supports");
        result.StandardOutput.ShouldContain("  total: 50.0% of clauses, 100.0% of facts");
    }

    [Test]
    public void A_coverage_threshold_fails_the_run_below_it()
    {
        var path = CliRunner.TempFile("cov.rules", Rules);
        CliRunner.Run("test", path, "--coverage-threshold", "50").ExitCode.ShouldBe(0);
        var below = CliRunner.Run("test", path, "--coverage-threshold", "90");
        below.ExitCode.ShouldBe(1);
        below.StandardOutput.ShouldContain("(threshold 90%: NOT met)");
        CliRunner.Run("test", path, "--coverage-threshold", "150").ExitCode.ShouldBe(64);
    }

    [Test]
    public void Json_results_and_the_filter()
    {
        var path = CliRunner.TempFile("cov.rules", Rules);
        var result = CliRunner.Run("test", path, "--filter", "jan", "--format", "json");
        result.ExitCode.ShouldBe(0);
        using var document = System.Text.Json.JsonDocument.Parse(result.StandardOutput);
        var tests = document.RootElement.GetProperty("tests").EnumerateArray().ToArray();
        tests.Single().GetProperty("name").GetString().ShouldBe("january");
        tests.Single().GetProperty("passed").GetBoolean().ShouldBeTrue();
        document.RootElement.GetProperty("failed").GetInt32().ShouldBe(0);
    }
}

public sealed class BenchCommandTests
{
    [Test]
    public void Bench_times_each_decision_and_candidate()
    {
        var path = CliRunner.TempFile("bench.rules", """
            body B { member A; member C; }
            decision D in B { require consensus; }
            facts F for D { candidate X; candidate Y; on 2024-01-01: A objects X; }
            """);
        var result = CliRunner.Run("bench", path, "--as-of", "2024-02-01", "--rounds", "1");
        result.ExitCode.ShouldBe(0);
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("as of 2024-02-01, median of 1 rounds (single thread; noisy machines vary):");
        lines[1].ShouldStartWith("decision");
        lines.Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]).ShouldBe(["X", "Y"]);
        var x = lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        x[^1].ShouldBe("0", "the boolean path allocates nothing");
        long Bytes(string column) => long.Parse(column, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        Bytes(x[5]).ShouldBeGreaterThan(Bytes(x[3]), "building the explanation tree costs more than the verdict alone");
    }

    [Test]
    public void Bench_with_nothing_to_time_is_wrong_usage()
    {
        var path = CliRunner.TempFile("bench.rules", "body B { member A; }\ndecision D in B { require consensus; }\nfacts F for D { candidate X; }\n");
        CliRunner.Run("bench", path, "--decision", "Nope").ExitCode.ShouldBe(64);
    }

    [Test]
    public void No_color_is_an_option_of_every_command()
    {
        // It did not exist: the option was wrong usage (64).
        CliRunner.RunIn(Repository.Root, "validate", "rules", "--no-color").ExitCode.ShouldBe(0);
        CliRunner.RunIn(Repository.Root, "--no-color", "test", "rules").ExitCode.ShouldBe(0);
        var help = CliRunner.Run("help", "check");
        help.StandardOutput.ShouldContain("--no-color");
        help.StandardOutput.ShouldNotContain("\u001b[");
    }
}
