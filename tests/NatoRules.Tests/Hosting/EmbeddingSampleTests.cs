using System.Diagnostics;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Hosting;

/// <summary>docs/embedding.md's example is docs/samples/Embedding: the same code, which compiles, runs and prints what the comments say.</summary>
public sealed class EmbeddingSampleTests
{
    [Test]
    public void The_example_in_the_docs_is_the_sample_program()
    {
        var docs = File.ReadAllText(Repository.PathOf("docs", "embedding.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Repository.PathOf("docs", "samples", "Embedding", "Program.cs")).ReplaceLineEndings("\n");
        docs.ShouldContain("```csharp\n" + program + "```\n");
    }

    [Test]
    public void The_sample_runs_on_the_shipped_rules_and_prints_what_its_comments_say()
    {
        var sample = Path.Combine(TestContext.CurrentContext.TestDirectory, "Embedding.dll");
        File.Exists(sample).ShouldBeTrue("the test project references the sample, so it is built beside the tests");
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.PathOf(), RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(sample);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.ShouldBe(0, error);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        lines[0].ShouldBe("SecretaryGeneral for Rutte as of 2024-06-17: blocked by HUN, ROU");
        lines.ShouldContain("  would unblock: a guarantee on UkraineOptOut to HUN that is written and given by candidate Rutte");
        lines.ShouldContain(l => l.StartsWith("SecretaryGeneral for Hypothetical as of 2024-06-26: blocked by", StringComparison.Ordinal));
        lines.ShouldContain("There is no candidate or proposal 'Rute'; did you mean 'Rutte'?");
    }
}
