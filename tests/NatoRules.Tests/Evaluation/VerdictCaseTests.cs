using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>
/// Verdict cases as data: <c>Cases/Verdicts/NAME.rules</c>, whose first line is <c>// as of DATE</c>, has every
/// decision evaluated for every candidate on that date; the verdicts not approved, as diagnostics
/// (NR3100), must equal <c>NAME.expected</c>.
/// </summary>
public sealed class VerdictCaseTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Repository.CasesFolder("Verdicts"), "*.rules").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Verdict case {Path.GetFileNameWithoutExtension(path)}"));

    [TestCaseSource(nameof(Cases))]
    public void Verdicts_not_approved_match_the_expected_file(string path)
    {
        var text = File.ReadAllText(path);
        var asOf = DateOnly.ParseExact(text.Split('\n')[0]["// as of ".Length..].Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var compilation = Compilation.Create([SyntaxTree.Parse(text, path)]);
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        var diagnostics = compilation.Decisions.SelectMany(d => d.Candidates.Select(c => compilation.Evaluate(d, c, asOf).ToDiagnostic()))
            .OfType<NatoRules.Diagnostics.Diagnostic>();
        diagnostics.Select(CaseFormat.Format).ShouldBe(CaseFormat.Expected(Path.ChangeExtension(path, ".expected")));
    }
}
