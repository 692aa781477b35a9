using NatoRules.Binding;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Binding;

public sealed class SemanticModelTests
{
    private const string Text = """
        body NATO { member HUN joined 1999-03-12; member NLD joined 1949-08-24; }
        rule NoObjection = consensus;
        decision SG in NATO { require NoObjection; }
        facts F for SG {
          candidate Rutte national NLD;
          on 2024-03-01: HUN objects Rutte;
          on 2024-04-01: HUN supports Rutte;
        }
        """;

    [Test]
    public void A_name_binds_to_the_symbol_it_refers_to()
    {
        var compilation = Rules.Compile(Text);
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);

        var names = tree.Root.DescendantNodesAndSelf().OfType<NameSyntax>().ToList();
        var hun = names.First(n => n.Text == "HUN");
        model.GetSymbol(hun).ShouldBeOfType<MemberSymbol>().Body.Name.ShouldBe("NATO");
        model.GetSymbol(names.First(n => n.Text == "NoObjection")).ShouldBeOfType<RuleSymbol>();
        model.GetSymbol(names.First(n => n.Text == "NATO")).ShouldBeOfType<BodySymbol>();
    }

    [Test]
    public void All_references_to_a_symbol_are_found_in_source_order()
    {
        var compilation = Rules.Compile(Text);
        var hun = compilation.Bodies.Single().FindMember("HUN")!;
        var rutte = compilation.FindCandidate("Rutte")!;

        compilation.FindReferences(hun).Select(l => l.LineSpan.Start.Line + 1).ShouldBe([6, 7]);
        compilation.FindReferences(rutte).Count.ShouldBe(2);
    }

    [Test]
    public void The_declaration_of_a_symbol_is_known_both_ways()
    {
        var compilation = Rules.Compile(Text);
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var decision = compilation.FindDecision("SG")!;

        decision.DeclaringSyntax.ShouldBeOfType<DecisionDeclarationSyntax>();
        model.GetDeclaredSymbol(decision.DeclaringSyntax!).ShouldBeSameAs(decision);
        decision.Location!.LineSpan.Start.Line.ShouldBe(2);
        model.GetSymbolAt(Text.IndexOf("Rutte;", StringComparison.Ordinal)).ShouldBeSameAs(compilation.FindCandidate("Rutte"));
    }

    [Test]
    public void Asking_a_name_for_its_symbol_allocates_nothing_once_the_maps_are_made()
    {
        // An editor or a walk over a large facts block asks this for every name: it may not make garbage.
        var compilation = Rules.Compile(Text);
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var at = Text.IndexOf("HUN objects", StringComparison.Ordinal);
        model.GetSymbolAt(at).ShouldBeOfType<MemberSymbol>(); // makes the maps and the nodes on the way
        var before = GC.GetAllocatedBytesForCurrentThread();
        var symbol = model.GetSymbolAt(at);
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
        symbol.ShouldBeSameAs(compilation.Bodies.Single().FindMember("HUN"));
    }

    [Test]
    public void Files_compile_together_in_any_order()
    {
        var body = "body NATO { member HUN; }";
        var decision = "decision SG in NATO { require consensus; }";
        var facts = "facts F for SG { candidate X; on 2024-01-01: HUN objects X; }";

        foreach (var order in new[] { new[] { body, decision, facts }, [facts, decision, body], [decision, facts, body] })
        {
            var compilation = Rules.Compile(order);
            compilation.Evaluate("SG", "X", "2024-02-01").BlockerCodes().ShouldBe(["HUN"]);
        }
    }
}
