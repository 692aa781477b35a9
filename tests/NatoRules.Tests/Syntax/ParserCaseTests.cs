using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

/// <summary>
/// Data-driven parser cases: each <c>Cases/Syntax/NAME.rules</c> is parsed and its diagnostics,
/// one per line as <c>ID (line,column): message</c>, must equal <c>NAME.expected</c> beside it.
/// </summary>
public sealed class ParserCaseTests
{
    public static IEnumerable<TestCaseData> Cases() =>
        Directory.GetFiles(Repository.CasesFolder("Syntax"), "*.rules")
            .Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Syntax case {Path.GetFileNameWithoutExtension(path)}"));

    [TestCaseSource(nameof(Cases))]
    public void Diagnostics_match_the_expected_file(string path)
    {
        var text = File.ReadAllText(path);
        var tree = SyntaxTree.Parse(text, Path.GetFileName(path));

        var actual = tree.Diagnostics.Select(Format).ToArray();
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".expected")).Where(l => l.Length > 0).ToArray();

        actual.ShouldBe(expected);
        TreeInvariants.Check(tree);
    }

    internal static string Format(NatoRules.Diagnostics.Diagnostic diagnostic)
    {
        var start = diagnostic.Location.LineSpan.Start;
        return $"{diagnostic.Id} ({start.Line + 1},{start.Character + 1}): {diagnostic.Message}";
    }
}
