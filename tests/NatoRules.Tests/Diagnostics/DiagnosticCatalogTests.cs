using System.Text.RegularExpressions;
using NatoRules.Diagnostics;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Diagnostics;

public sealed partial class DiagnosticCatalogTests
{
    [Test]
    public void Ids_are_unique_and_well_formed()
    {
        var ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();
        ids.ShouldBeUnique();
        ids.ShouldAllBe(id => IdPattern().IsMatch(id));
    }

    [Test]
    public void Every_descriptor_is_in_the_catalogue()
    {
        // A descriptor left out of its part's list is unknown to `natorules explain` and to the checks below.
        var declared = typeof(DiagnosticDescriptors).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id);

        declared.ShouldBe(DiagnosticDescriptors.All.Select(d => d.Id), ignoreOrder: true);
    }

    [Test]
    public void Every_id_is_documented_with_its_own_section()
    {
        var docs = File.ReadAllText(Repository.PathOf("docs", "diagnostics.md"));
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            docs.ShouldContain($"<a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>", customMessage: descriptor.Id);
            docs.ShouldContain($"### {descriptor.Id}: {descriptor.Title}", customMessage: descriptor.Id);
        }
    }

    [Test]
    public void Every_id_appears_in_at_least_one_case_file()
    {
        var casesRoot = Path.Combine(TestContext.CurrentContext.TestDirectory, "Cases");
        var expected = string.Concat(Directory.GetFiles(casesRoot, "*.expected", SearchOption.AllDirectories).Select(File.ReadAllText));
        foreach (var descriptor in DiagnosticDescriptors.All)
            Regex.IsMatch(expected, $@"\b{descriptor.Id}[ :]").ShouldBeTrue($"{descriptor.Id} has no case");
    }

    [Test]
    public void Messages_are_formatted_with_the_invariant_culture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var tree = NatoRules.Syntax.SyntaxTree.Parse("rule R = ((consensus));", options: new NatoRules.Syntax.ParseOptions { MaxNestingDepth = 1000 });
            tree.Diagnostics.ShouldBeEmpty();
            var deep = NatoRules.Syntax.SyntaxTree.Parse("rule R = " + new string('(', 1500) + "consensus" + new string(')', 1500) + ";",
                options: new NatoRules.Syntax.ParseOptions { MaxNestingDepth = 1000 });
            deep.Diagnostics.Single().Message.ShouldBe("conditions are nested deeper than 1000 levels");
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [GeneratedRegex("^NR[1-3][0-9]{3}$")]
    private static partial Regex IdPattern();
}
