using NatoRules.Syntax;
using NatoRules.Testing;

namespace NatoRules.Rules.Tests;

/// <summary>
/// The bridge from tests written in the language to NUnit: every <c>test</c> block under <c>rules/</c>
/// becomes an NUnit test case with its own name, so <c>dotnet test</c> and CI run the rule library's tests.
/// </summary>
public sealed class RuleLibraryTests
{
    private static readonly Lazy<Compilation> s_library = new(() => Compilation.Create(
        Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot.Path, "rules"), "*.rules", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(File.ReadAllText(path), Path.GetRelativePath(TestSupport.RepositoryRoot.Path, path)))));

    public static IEnumerable<TestCaseData> Tests()
    {
        var compilation = s_library.Value;
        if (compilation.HasErrors)
        {
            // Surface the errors as a failing case rather than no cases at all.
            yield return new TestCaseData("").SetName("rules/ compiles");
            yield break;
        }
        foreach (var test in compilation.Tests)
            yield return new TestCaseData(test.Name).SetName($"{Path.GetFileName(test.Location!.Path)}: {test.Name}");
    }

    [TestCaseSource(nameof(Tests))]
    public void Rule_test(string name)
    {
        var compilation = s_library.Value;
        compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        var test = compilation.Tests.Single(t => t.Name == name);
        var result = TestRunner.Run(compilation, test);
        if (!result.Passed)
            Assert.Fail(string.Join("\n", result.Failures.Select(f => $"{f.Location}: expected {f.Expected}, actual {f.Actual}")));
    }

    [Test]
    public void The_rule_library_tests_cover_at_least_90_percent_of_its_clauses()
    {
        var (_, coverage) = TestRunner.RunWithCoverage(s_library.Value);
        coverage.ClausePercent.ShouldBeGreaterThanOrEqualTo(90m,
            string.Join("\n", coverage.Files.SelectMany(f => f.Unreached).Select(l => l.ToString())));
    }
}
