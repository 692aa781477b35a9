namespace NatoRules.Cli.Tests;

public sealed class ExplainAndTestCommandTests
{
    [Test]
    public void Explain_prints_the_documentation_of_an_id()
    {
        var result = CliRunner.Run("explain", "NR2001");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldStartWith("### NR2001: Unknown member");
        result.StandardOutput.ShouldContain("Fix:");
        result.StandardOutput.ShouldNotContain("NR2002");
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
