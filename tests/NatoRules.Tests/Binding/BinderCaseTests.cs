using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Binding;

/// <summary>
/// Binder cases as data: <c>Cases/Binding/NAME.rules</c> compiled alone; <c>Cases/Facts/NAME.json</c>
/// compiled with <c>Cases/Facts/context.rules</c>. Diagnostics must equal <c>NAME.expected</c>.
/// </summary>
public sealed class BinderCaseTests
{
    public static IEnumerable<TestCaseData> RuleCases() =>
        Directory.GetFiles(Repository.CasesFolder("Binding"), "*.rules").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Binding case {Path.GetFileNameWithoutExtension(path)}"));

    public static IEnumerable<TestCaseData> FactsCases() =>
        Directory.GetFiles(Repository.CasesFolder("Facts"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Facts case {Path.GetFileNameWithoutExtension(path)}"));

    [TestCaseSource(nameof(RuleCases))]
    public void Rule_file_diagnostics_match_the_expected_file(string path)
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(File.ReadAllText(path), path)]);
        compilation.Diagnostics.Select(CaseFormat.Format).ShouldBe(CaseFormat.Expected(Path.ChangeExtension(path, ".expected")));
    }

    [TestCaseSource(nameof(FactsCases))]
    public void Facts_document_diagnostics_match_the_expected_file(string path)
    {
        var context = Path.Combine(Path.GetDirectoryName(path)!, "context.rules");
        var compilation = Compilation.Create(
            [SyntaxTree.Parse(File.ReadAllText(context), context)],
            [FactsDocument.Parse(File.ReadAllText(path), path)]);
        compilation.Diagnostics.Select(CaseFormat.Format).ShouldBe(CaseFormat.Expected(Path.ChangeExtension(path, ".expected")));
    }
}
