using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace NatoRules.Cli.Tests;

/// <summary><c>--watch</c> as a user runs it: the real program, a file edited while it watches, then Ctrl+C (SIGINT).</summary>
public sealed class WatchTests
{
    [Test]
    [Platform(Exclude = "Win", Reason = "sends SIGINT with kill")]
    public void Check_reruns_on_each_change_printing_what_changed_and_stops_on_ctrl_c_with_exit_zero()
    {
        var rules = CliRunner.TempFile("nato.rules",
            "body NATO { member HUN; member TUR; }\ndecision SG in NATO { require consensus; }\nfacts F for SG { candidate Rutte; }\n");
        var folder = Path.GetDirectoryName(rules)!;
        var output = new BlockingCollection<string>();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in (string[])[Path.Combine(TestContext.CurrentContext.TestDirectory, "NatoRules.Cli.dll"), "check", folder, "--as-of", "2024-06-26", "--watch"])
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Add(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Add(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            WaitFor(output, "watching").ShouldContain("(exit 0)");

            File.WriteAllText(Path.Combine(folder, "objection.rules"), "facts G for SG { on 2024-06-25: HUN objects Rutte; }\n");
            WaitFor(output, "changed: exit 1").ShouldContain("objection.rules changed");
            WaitFor(output, "+ SG (NATO) for Rutte as of 2024-06-26: blocked");

            File.Delete(Path.Combine(folder, "objection.rules"));
            WaitFor(output, "changed: exit 0");
            WaitFor(output, "+ SG (NATO) for Rutte as of 2024-06-26: approved");

            using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                kill.WaitForExit();
            process.WaitForExit(10_000).ShouldBeTrue("Ctrl+C stops the watch");
            process.ExitCode.ShouldBe(0);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    [Test]
    public void Watch_takes_the_text_format_only()
    {
        var path = CliRunner.TempFile("b.rules", "body B { member A; }\n");

        var result = CliRunner.Run("validate", path, "--format", "json", "--watch");

        result.ExitCode.ShouldBe(64);
        result.StandardError.ShouldContain("--watch prints the text format only");
    }

    // The first line that contains `text`, within 20 seconds.
    private static string WaitFor(BlockingCollection<string> output, string text)
    {
        var seen = new StringBuilder();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (output.TryTake(out var line, deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero))
        {
            seen.AppendLine(line);
            if (line.Contains(text, StringComparison.Ordinal))
                return line;
        }
        Assert.Fail($"no line with '{text}' within 20 s; the output was:\n{seen}");
        return "";
    }
}
