using NatoRules.Testing;

namespace NatoRules.Rules.Tests;

/// <summary>
/// The bridge from tests written in the language to NUnit: every <c>test</c> block under <c>rules/</c>
/// becomes an NUnit test case with its own name, so <c>dotnet test</c> and CI run the rule library's tests.
/// </summary>
public sealed class RuleLibraryTests
{
    public static IEnumerable<TestCaseData> Tests()
    {
        var compilation = RuleLibrary.Compilation;
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
        var compilation = RuleLibrary.Compilation;
        compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ShouldBeEmpty();
        var test = compilation.Tests.Single(t => t.Name == name);
        var result = TestRunner.Run(compilation, test);
        if (!result.Passed)
            Assert.Fail(string.Join("\n", result.Failures.Select(f => $"{f.Location}: expected {f.Expected}, actual {f.Actual}")));
    }

    [Test]
    public void The_rule_library_tests_cover_at_least_90_percent_of_its_clauses()
    {
        var (_, coverage) = TestRunner.RunWithCoverage(RuleLibrary.Compilation);
        coverage.ClausePercent.ShouldBeGreaterThanOrEqualTo(90m,
            string.Join("\n", coverage.Files.SelectMany(f => f.Unreached).Select(l => l.ToString())));
    }
}
