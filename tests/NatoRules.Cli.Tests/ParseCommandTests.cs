using System.Text;
using System.Text.Json;

namespace NatoRules.Cli.Tests;

public sealed class ParseCommandTests
{
    private const string Valid = "body NATO {\n  member HUN \"Hungary\" joined 1999-03-12; // joined 1999\n}\n";

    [Test]
    public void Json_tokens_with_their_trivia_give_back_the_file_byte_for_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("\uFEFFbody NATO {\r\n  member HUN joined 1999-03-12 @;\r\n  /* c */ member\r\n}\r\n");
        var path = CliRunner.TempFile("bom-crlf.rules", bytes);

        var result = CliRunner.Run("parse", path, "--format", "json");

        result.ExitCode.ShouldBe(2, "the file has a bad character and a broken member");
        using var document = JsonDocument.Parse(result.StandardOutput);
        var rebuilt = new StringBuilder();
        foreach (var token in document.RootElement.GetProperty("tokens").EnumerateArray())
        {
            foreach (var trivia in token.GetProperty("leadingTrivia").EnumerateArray())
                rebuilt.Append(trivia.GetProperty("text").GetString());
            rebuilt.Append(token.GetProperty("text").GetString());
            foreach (var trivia in token.GetProperty("trailingTrivia").EnumerateArray())
                rebuilt.Append(trivia.GetProperty("text").GetString());
        }
        Encoding.UTF8.GetBytes(rebuilt.ToString()).ShouldBe(bytes);

        var diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
        diagnostics.Select(d => d.GetProperty("id").GetString()).ShouldBe(["NR1001", "NR1010"], "a bad character, and a member with no code before the closing brace");
        diagnostics[0].GetProperty("line").GetInt32().ShouldBe(2);
        diagnostics[0].GetProperty("column").GetInt32().ShouldBe(32);
        diagnostics[0].GetProperty("severity").GetString().ShouldBe("error");
    }

    [Test]
    public void Text_output_prints_the_tree_and_exits_zero_without_syntax_errors()
    {
        var result = CliRunner.Run("parse", CliRunner.TempFile("ok.rules", Valid));

        result.ExitCode.ShouldBe(0);
        result.StandardError.ShouldBeEmpty();
        result.StandardOutput.ShouldContain("CompilationUnit 1:1");
        result.StandardOutput.ShouldContain("MemberDeclaration 2:3");
        result.StandardOutput.ShouldContain("DateToken 2:31 [42..52) \"1999-03-12\"");
    }

    [Test]
    public void A_tree_deeper_than_64_levels_is_indented_no_further_and_shows_the_depth()
    {
        // Indenting by depth once printed 800 MB of spaces for a deep tree. Chains of `and` are flat nodes now;
        // parentheses nested 62 deep (within the parser's limit of 64) make a tree 66 levels deep.
        var path = CliRunner.TempFile("deep.rules", $"decision D in B {{ require {new string('(', 62)}consensus{new string(')', 62)}; }}");

        var result = CliRunner.Run("parse", path);

        result.ExitCode.ShouldBe(0);
        var lines = result.StandardOutput.Split('\n');
        lines.Max(l => l.Length - l.TrimStart().Length).ShouldBe(128);
        lines.ShouldContain(l => l.StartsWith(new string(' ', 128) + "[66] ConsensusCondition", StringComparison.Ordinal));
    }

    [Test]
    public void Syntax_errors_are_rendered_with_the_source_line_and_carets_and_exit_two()
    {
        var path = CliRunner.TempFile("broken.rules", "decision SG in NATO {\n  eligible whn candidate is not withdrawn;\n}\n");

        var result = CliRunner.Run("parse", path);

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldBe($"""
            error[NR1010]: unexpected identifier `whn`, expected `when`
             --> {path}:2:12
              |
            2 |   eligible whn candidate is not withdrawn;
              |            ^^^
              = help: did you mean `when`?

            1 error, 0 warnings

            """.ReplaceLineEndings("\n"));
        result.StandardOutput.ShouldContain("<skipped>");
        result.StandardOutput.ShouldNotContain("<missing>", customMessage: "nothing is missing here");
    }

    [Test]
    public void A_missing_token_is_marked_in_the_tree()
    {
        var result = CliRunner.Run("parse", CliRunner.TempFile("missing.rules", "matter A\nmatter B;\n"));
        result.ExitCode.ShouldBe(2);
        result.StandardOutput.ShouldContain("SemicolonToken 2:1 [9..9) \"\" <missing>");
    }

    [Test]
    public void A_missing_file_is_one_line_and_exit_two()
    {
        var result = CliRunner.Run("parse", "no-such-file.rules");
        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldBe("natorules: error: no-such-file.rules: file not found\n");
    }

    [Test]
    public void A_binary_file_is_refused()
    {
        var result = CliRunner.Run("parse", CliRunner.TempFile("binary.rules", [0x62, 0x6F, 0x00, 0x01, 0x02]));
        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("binary file (NUL byte at offset 2)");
        result.StandardError.ShouldNotContain("   at ");
    }

    [Test]
    public void Invalid_utf8_is_refused_with_the_offset()
    {
        var result = CliRunner.Run("parse", CliRunner.TempFile("latin1.rules", [0x6D, 0x61, 0x74, 0xE9, 0x72, 0x20]));
        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("not valid UTF-8 (invalid byte at offset 3)");
    }

    [Test]
    public void An_empty_file_parses_cleanly()
    {
        var result = CliRunner.Run("parse", CliRunner.TempFile("empty.rules", ""), "--format", "json");
        result.ExitCode.ShouldBe(0);
        using var document = JsonDocument.Parse(result.StandardOutput);
        document.RootElement.GetProperty("tokens").GetArrayLength().ShouldBe(1);
    }

    [TestCase("parse", "--no-such-option", "x.rules")]
    [TestCase("parse", "x.rules", "--format", "yaml")]
    [TestCase("no-such-command")]
    [TestCase("parse")]
    public void Wrong_usage_exits_64(params string[] arguments)
    {
        var result = CliRunner.Run(arguments);
        result.ExitCode.ShouldBe(64);
        result.StandardError.ShouldStartWith("natorules: error: ");
        result.StandardError.ShouldNotContain("   at ");
    }

    [Test]
    public void Help_documents_the_exit_codes()
    {
        var result = CliRunner.Run("--help");
        result.ExitCode.ShouldBe(0);
        result.StandardOutput.ShouldContain("64 wrong usage");
    }

    [Test]
    public void Several_files_and_folders_are_parsed_each_with_its_tree()
    {
        var text = CliRunner.RunIn(Repository.Root, "parse", "rules/nato", "rules/un/security-council.rules");
        text.ExitCode.ShouldBe(0);
        text.StandardOutput.Split('\n').Where(l => l.StartsWith("== ", StringComparison.Ordinal)).ShouldBe([
            "== rules/nato/accession.rules", "== rules/nato/members.rules", "== rules/nato/secretary-general.rules", "== rules/un/security-council.rules"]);

        var broken = CliRunner.TempFile("broken.rules", "body B {");
        var json = CliRunner.RunIn(Repository.Root, "parse", "rules/un/security-council.rules", broken, "--format", "json");
        json.ExitCode.ShouldBe(2, "one of the files has a syntax error");
        using var document = JsonDocument.Parse(json.StandardOutput);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Select(f => f.GetProperty("file").GetString()).ShouldBe(["rules/un/security-council.rules", broken]);
        files[1].GetProperty("diagnostics").GetArrayLength().ShouldBeGreaterThan(0);
    }
}
