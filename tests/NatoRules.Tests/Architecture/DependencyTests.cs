using NetArchTest.Rules;

namespace NatoRules.Tests.Architecture;

/// <summary>
/// The library's folders depend on one another one way only, upstream to downstream: Text, then
/// Diagnostics, then Syntax, then the rest. A type that reaches downstream fails here with its name.
/// </summary>
public sealed class DependencyTests
{
    // Every namespace of the library, upstream first.
    private static readonly string[] Layers =
    [
        "NatoRules.Text", "NatoRules.Diagnostics", "NatoRules.Syntax", "NatoRules.Formatting", "NatoRules.Facts", "NatoRules.Binding",
        "NatoRules.Evaluation", "NatoRules.Analysis", "NatoRules.Testing", "NatoRules.Hosting",
    ];

    private static IEnumerable<TestCaseData> Arrows()
    {
        // Each layer may not use these downstream ones.
        yield return Arrow("NatoRules.Text", Layers[1..]);
        yield return Arrow("NatoRules.Diagnostics", Layers[2..]);
        yield return Arrow("NatoRules.Syntax", Layers[3..]);
        yield return Arrow("NatoRules.Formatting", Layers[4..]); // the layout reads the syntax alone
        yield return Arrow("NatoRules.Analysis", "NatoRules.Testing", "NatoRules.Hosting");
        yield return Arrow("NatoRules.Testing", "NatoRules.Hosting", "NatoRules.Analysis");
        yield return Arrow("NatoRules.Facts", Layers[5..]);
        yield return Arrow("NatoRules.Binding", Layers[6..]);
        yield return Arrow("NatoRules.Evaluation", "NatoRules.Testing", "NatoRules.Hosting", "NatoRules.Analysis");
    }

    private static TestCaseData Arrow(string layer, params string[] downstream) =>
        new TestCaseData(layer, downstream).SetName($"{layer} uses none of {string.Join(", ", downstream)}");

    [TestCaseSource(nameof(Arrows))]
    public void A_layer_does_not_use_the_layers_downstream_of_it(string layer, string[] downstream)
    {
        var types = Types.InAssembly(typeof(Compilation).Assembly).That().ResideInNamespace(layer);
        types.GetTypes().ShouldNotBeEmpty(layer);
        var result = types.ShouldNot().HaveDependencyOnAny(downstream).GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty($"{layer} uses {string.Join(", ", downstream)}");
    }

    [Test]
    public void The_test_sees_a_dependency_where_there_is_one()
    {
        // Binding uses Syntax: the rule that forbids it must fail, or the test above proves nothing.
        var result = Types.InAssembly(typeof(Compilation).Assembly).That().ResideInNamespace("NatoRules.Binding")
            .ShouldNot().HaveDependencyOn("NatoRules.Syntax").GetResult();
        result.IsSuccessful.ShouldBeFalse();
    }
}
