using System.Text;

namespace NatoRules.Cli.Tests;

public sealed class FmtCommandTests
{
    private const string Messy = "body NATO{member HUN \"Hungary\"   joined 1999-03-12 ;   // joined 1999\r\n\r\n\r\n member TUR;}\r\n";
    private const string Formatted = "body NATO {\r\n  member HUN \"Hungary\" joined 1999-03-12; // joined 1999\r\n\r\n  member TUR;\r\n}\r\n";

    [Test]
    public void Formats_a_file_in_place_keeping_its_line_breaks_and_byte_order_mark()
    {
        var path = CliRunner.TempFile("messy.rules", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Messy)]);

        var result = CliRunner.Run("fmt", path);

        result.ExitCode.ShouldBe(0, result.StandardError);
        result.StandardOutput.ShouldBe(path + "\n", "the files it changed");
        result.StandardError.ShouldContain("1 file formatted, 0 already in the layout");
        File.ReadAllBytes(path).ShouldBe([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Formatted)]);
        Directory.GetFiles(Path.GetDirectoryName(path)!).ShouldBe([path], "no temporary file is left beside it");

        var again = CliRunner.Run("fmt", path);
        again.ExitCode.ShouldBe(0);
        again.StandardOutput.ShouldBeEmpty("a formatted file is not written again");
    }

    [Test]
    public void Check_lists_the_files_to_format_and_exits_one_without_writing()
    {
        var messy = CliRunner.TempFile("messy.rules", Messy);
        var folder = Path.GetDirectoryName(messy)!;
        File.WriteAllText(Path.Combine(folder, "tidy.rules"), Formatted);

        var result = CliRunner.Run("fmt", folder, "--check");

        result.ExitCode.ShouldBe(1);
        result.StandardOutput.ShouldBe(messy + "\n");
        result.StandardError.ShouldContain("1 file of 2 in the layout, 1 to format (run 'natorules fmt')");
        File.ReadAllText(messy).ShouldBe(Messy);

        File.WriteAllText(messy, Formatted);
        var clean = CliRunner.Run("fmt", folder, "--check");
        clean.ExitCode.ShouldBe(0, clean.StandardOutput);
        clean.StandardError.ShouldContain("2 files in the layout");
    }

    [Test]
    public void Diff_prints_a_unified_diff_and_writes_nothing()
    {
        var path = CliRunner.TempFile("messy.rules", "body B { member A;\n  member   C; }\n");

        var result = CliRunner.Run("fmt", path, "--diff");

        result.ExitCode.ShouldBe(1);
        var lines = result.StandardOutput.Split('\n');
        lines[0].ShouldBe($"--- a/{path}");
        lines[1].ShouldBe($"+++ b/{path}");
        lines[2].ShouldBe("@@ -1,2 +1,4 @@");
        lines[3..8].ShouldBe(["-body B { member A;", "-  member   C; }", "+body B {", "+  member A;", "+  member C;"]);
        File.ReadAllText(path).ShouldBe("body B { member A;\n  member   C; }\n");
    }

    [Test]
    public void A_file_with_syntax_errors_is_reported_and_left_as_it_is()
    {
        const string broken = "body B {  member A joined ;\n}\n";
        var path = CliRunner.TempFile("broken.rules", broken);

        var result = CliRunner.Run("fmt", path);

        result.ExitCode.ShouldBe(2);
        result.StandardError.ShouldContain("error[NR1010]");
        result.StandardError.ShouldContain($"natorules: error: {path}: not formatted: the file has syntax errors");
        File.ReadAllText(path).ShouldBe(broken);
    }

    [Test]
    public void The_shipped_rules_are_in_the_layout()
    {
        var result = CliRunner.Run("fmt", Path.Combine(Repository.Root, "rules"), "--check");

        result.ExitCode.ShouldBe(0, result.StandardOutput);
        result.StandardOutput.ShouldBeEmpty();
    }
}
