using NatoRules.Binding;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

/// <summary>
/// A clean one-member position is kept compact by the parser and its nodes are built when first asked
/// for: they must be the nodes the parser builds otherwise, the same for every thread, and bind the same.
/// </summary>
public sealed class CompactStatementTests
{
    private const string Text = """
        body NATO { member HUN joined 1999-03-12; member NLD joined 1949-08-24; member SVK joined 2004-03-29; }
        decision SG in NATO { require consensus; }
        matter UkraineOptOut;
        facts F for SG {
          candidate Rutte national NLD;
          on 2024-03-01: HUN objects Rutte unless guarantee UkraineOptOut; // compact
          on 2024-03-02:   /* spaced */ NLD
            supports Rutte  ;
          on 2024-03-03: HUN, SVK supports Rutte;
          on 2024-02-30: SVK objects Rutte;
          on 2024-03-04: SVK abstains Rutte if guarantee UkraineOptOut;
        }
        """;

    private static List<OnStatementSyntax> OnStatements(SyntaxTree tree) =>
        [.. tree.Root.Declarations.OfType<FactsDeclarationSyntax>().Single().Block.Statements.OfType<OnStatementSyntax>()];

    [Test]
    public void Clean_one_member_positions_are_compact_and_expand_to_the_nodes_the_parser_builds_otherwise()
    {
        var compact = SyntaxTree.Parse(Text, "f.rules");
        var full = SyntaxTree.Parse(Text, "f.rules", ParseOptions.Default with { CompactStatements = false });

        // Two members and a day that does not exist are read in full; the rest stay compact.
        OnStatements(compact).Select(s => s.IsCompact).ShouldBe([true, true, false, false, true]);
        OnStatements(full).ShouldAllBe(s => !s.IsCompact);
        OnStatements(compact)[0].SimplePosition.ShouldBe(new SimplePosition(
            new DateOnly(2024, 3, 1), "HUN", SyntaxKind.ObjectsKeyword, "Rutte", SyntaxKind.UnlessKeyword, "UkraineOptOut"));

        // Text and spans are answered before anything is built, then every node and token matches.
        compact.Root.ToFullString().ShouldBe(Text);
        OnStatements(compact).Select(s => (s.Span, s.FullSpan)).ShouldBe(OnStatements(full).Select(s => (s.Span, s.FullSpan)));
        TreeDump.Of(compact).ShouldBe(TreeDump.Of(full));
        TreeInvariants.Check(compact);
    }

    [TestCase("\r\n")]
    [TestCase("\r")]
    public void Compact_statements_keep_other_line_breaks_and_a_last_line_without_one(string lineBreak)
    {
        var text = Text.Replace("\n", lineBreak, StringComparison.Ordinal) + "facts G for SG { on 2024-05-01: HUN supports Rutte; }";
        var compact = SyntaxTree.Parse(text, "f.rules");
        var full = SyntaxTree.Parse(text, "f.rules", ParseOptions.Default with { CompactStatements = false });
        compact.Root.DescendantNodesAndSelf().OfType<OnStatementSyntax>().Count(s => s.IsCompact).ShouldBe(4);
        TreeDump.Of(compact).ShouldBe(TreeDump.Of(full));
        TreeInvariants.Check(compact);
    }

    [Test]
    public void Every_thread_that_expands_a_compact_statement_gets_the_same_nodes()
    {
        var text = "facts F for D {\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"  on 2024-01-01: M{i} supports C;\n")) + "}\n";
        var statements = OnStatements(SyntaxTree.Parse(text, "f.rules"));
        statements.ShouldAllBe(s => s.IsCompact);

        foreach (var statement in statements)
        {
            using var start = new Barrier(4);
            var seen = new EventClauseSyntax[4];
            Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                start.SignalAndWait();
                seen[i] = statement.Event;
            });
            seen.ShouldAllBe(e => ReferenceEquals(e, seen[0]));
            seen[0].Parent.ShouldBeSameAs(statement);
            statement.ChildNodesAndTokens().ShouldAllBe(child => ReferenceEquals(child.Parent, statement));
        }
    }

    [Test]
    public void Names_in_compact_statements_bind_and_are_found_as_references()
    {
        var compilation = Rules.Compile(Text.Replace("2024-02-30", "2024-03-05", StringComparison.Ordinal));
        var tree = compilation.SyntaxTrees[0];
        var model = compilation.GetSemanticModel(tree);
        var first = OnStatements(tree)[0];
        first.IsCompact.ShouldBeTrue();

        var position = (PositionClauseSyntax)first.Event;
        model.GetSymbol(position.Members.Names.Single()).ShouldBeSameAs(compilation.Bodies.Single().FindMember("HUN"));
        model.GetSymbol(position.Candidate).ShouldBeSameAs(compilation.FindCandidate("Rutte"));
        model.GetSymbol(position.Condition!.Matter).ShouldBeOfType<MatterSymbol>().Name.ShouldBe("UkraineOptOut");
        model.GetSymbolAt(Text.IndexOf("NLD\n", StringComparison.Ordinal)).ShouldBeSameAs(compilation.Bodies.Single().FindMember("NLD"));

        var svk = compilation.Bodies.Single().FindMember("SVK")!;
        compilation.FindReferences(svk).Select(l => l.LineSpan.Start.Line + 1).ShouldBe([9, 10, 11]);
    }

    [Test]
    public void An_unknown_name_in_a_compact_statement_is_reported_where_it_is_written()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(Text.Replace("NLD\n", "NDL\n", StringComparison.Ordinal), "f.rules")]);
        compilation.Diagnostics.Select(d => d.ToString()).ShouldBe([
            "f.rules(7,33): error NR2001: unknown member 'NDL' of NATO",
            "f.rules(10,6): error NR2015: '2024-02-30' is not a real date",
        ]);
    }
}
