using NatoRules.Hosting;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Analysis;

/// <summary>
/// Analyzer cases (<c>Cases/Analysis</c>, default options) and limit cases (<c>Cases/Limits</c>, with
/// sources limited to 200 characters and 10 declarations), each beside its expected diagnostics.
/// </summary>
public sealed class AnalyzerCaseTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        new[] { "Analysis", "Limits" }.SelectMany(area =>
            Directory.GetFiles(Repository.CasesFolder(area), "*.rules").Order(StringComparer.Ordinal)
                .Select(path => new TestCaseData(area, path).SetName($"{area} case {Path.GetFileNameWithoutExtension(path)}")));

    [TestCaseSource(nameof(Cases))]
    public void Diagnostics_match_the_expected_file(string area, string path)
    {
        var options = area == "Limits" ? new NatoRulesOptions { MaxSourceLength = 200, MaxDeclarations = 10, MaxFactsPerFile = 3, MaxCompilationSteps = 20 } : new NatoRulesOptions();
        var ruleSet = new RuleEngine(options).TryCompile([RuleSource.FromText(File.ReadAllText(path), path)]);
        ruleSet.Diagnostics.Select(CaseFormat.Format).ShouldBe(CaseFormat.Expected(Path.ChangeExtension(path, ".expected")));
    }
}
