using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using NatoRules.Syntax;

namespace NatoRules.Cli.Tests;

/// <summary>
/// The VS Code extension (src/NatoRules.VsCode): its TextMate grammar against its snapshot tests, run by
/// vscode-tmgrammar-test on the Node that build.ps1 found or fetched, and kept in step with the language.
/// </summary>
public sealed class EditorExtensionTests
{
    private static string Extension => Path.Combine(Repository.Root, "src", "NatoRules.VsCode");

    [Test]
    public void The_grammar_scopes_every_kind_of_token_as_its_tests_say()
    {
        var node = Environment.GetEnvironmentVariable("NATORULES_NODE") ?? "node";
        var runner = Path.Combine(Extension, "node_modules", "vscode-tmgrammar-test", "dist", "unit.js");
        File.Exists(runner).ShouldBeTrue("the extension's packages are installed by build.ps1 test (npm ci in src/NatoRules.VsCode)");
        var tests = Directory.GetFiles(Path.Combine(Extension, "test"), "*.rules");
        tests.ShouldNotBeEmpty();

        var start = new ProcessStartInfo(node) { WorkingDirectory = Extension, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(runner);
        foreach (var test in tests)
            start.ArgumentList.Add(Path.GetRelativePath(Extension, test));
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue();

        process.ExitCode.ShouldBe(0, output.Result + error.Result);
        Regex.Count(output.Result, "run successfuly").ShouldBe(tests.Length, output.Result);
    }

    [Test]
    public void The_grammar_knows_every_keyword_of_the_language_and_no_other()
    {
        using var grammar = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extension, "syntaxes", "natorules.tmLanguage.json")));
        var pattern = grammar.RootElement.GetProperty("repository").GetProperty("keywords").GetProperty("match").GetString()!;
        var words = Regex.Match(pattern, @"^\\b\(\?:([a-z|]+)\)\\b$").Groups[1].Value.Split('|');

        words.ShouldBe(SyntaxFacts.KeywordTexts, ignoreOrder: true);
    }

    [Test]
    public void The_extension_declares_rule_files_and_starts_the_language_server()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")));
        var contributes = manifest.RootElement.GetProperty("contributes");
        var language = contributes.GetProperty("languages")[0];
        language.GetProperty("id").GetString().ShouldBe("natorules");
        language.GetProperty("extensions")[0].GetString().ShouldBe(".rules");
        File.Exists(Path.Combine(Extension, language.GetProperty("configuration").GetString()!)).ShouldBeTrue();
        var grammar = contributes.GetProperty("grammars")[0];
        grammar.GetProperty("scopeName").GetString().ShouldBe("source.natorules");
        File.Exists(Path.Combine(Extension, grammar.GetProperty("path").GetString()!)).ShouldBeTrue();
        File.ReadAllText(Path.Combine(Extension, "extension.js")).ShouldContain("args: [\"lsp\"]");
    }
}
