using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Binding;

/// <summary>
/// Binder cases as data: <c>Cases/Binding/NAME.rules</c> compiled alone, the files of a folder
/// <c>Cases/Binding/NAME/</c> together; <c>Cases/Facts/NAME.json</c>
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

    // A folder under Cases/Binding is one case of several files compiled together, NAME.expected beside it.
    public static IEnumerable<TestCaseData> FolderCases() =>
        Directory.GetDirectories(Repository.CasesFolder("Binding")).Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Binding case {Path.GetFileName(path)} (files together)"));

    [TestCaseSource(nameof(FolderCases))]
    public void Files_compiled_together_give_the_expected_diagnostics(string folder)
    {
        var trees = Directory.GetFiles(folder, "*.rules").Order(StringComparer.Ordinal).Select(f => SyntaxTree.Parse(File.ReadAllText(f), f));
        var compilation = Compilation.Create([.. trees]);
        compilation.Diagnostics.Select(CaseFormat.Format).ShouldBe(CaseFormat.Expected(folder + ".expected"));
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
