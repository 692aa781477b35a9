using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

public sealed class SyntaxVisitorTests
{
    private static IEnumerable<string> ShippedRuleFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    // The shipped rules and the test cases: between them, every kind of node, and broken trees too.
    private static IEnumerable<string> RuleFiles() => ShippedRuleFiles().Concat(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    // Records each node's kind and, when asked, each token's text.
    private sealed class Recorder(SyntaxWalkerDepth depth) : SyntaxWalker(depth)
    {
        public List<SyntaxKind> Nodes { get; } = [];

        public List<string> Tokens { get; } = [];

        public override void Visit(SyntaxNode? node)
        {
            if (node is not null)
                Nodes.Add(node.Kind);
            base.Visit(node);
        }

        public override void VisitToken(SyntaxToken token) => Tokens.Add(token.ToFullString());
    }

    [TestCaseSource(nameof(RuleFiles))]
    public void A_walker_meets_every_node_and_token_in_source_order(string path)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(path), path);
        var nodes = new Recorder(SyntaxWalkerDepth.Node);
        nodes.Visit(tree.Root);
        nodes.Nodes.ShouldBe(tree.Root.DescendantNodesAndSelf().Select(n => n.Kind));
        nodes.Tokens.ShouldBeEmpty();

        var tokens = new Recorder(SyntaxWalkerDepth.Token);
        tokens.Visit(tree.Root);
        string.Concat(tokens.Tokens).ShouldBe(tree.Text.Text);
    }

    [Test]
    public void Each_kind_of_node_has_its_visit_methods_and_occurs_in_the_rules_or_the_cases()
    {
        var kinds = new HashSet<Type>();
        foreach (var path in RuleFiles())
            kinds.UnionWith(SyntaxTree.Parse(File.ReadAllText(path), path).Root.DescendantNodesAndSelf().Select(n => n.GetType()));
        var all = typeof(SyntaxNode).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(SyntaxNode)) && !t.IsAbstract).ToList();
        all.Count.ShouldBeGreaterThan(40);
        all.Except(kinds).ShouldBeEmpty("every kind of node is exercised by the walker tests above");
        foreach (var type in all)
        {
            var name = "Visit" + type.Name[..^"Syntax".Length];
            typeof(SyntaxVisitor).GetMethod(name, [type]).ShouldNotBeNull(name);
            typeof(SyntaxVisitor<int>).GetMethod(name, [type])!.ReturnType.ShouldBe(typeof(int));
        }
    }

    // Counts the decisions whose body is NATO, overriding one method and going on below it.
    private sealed class NatoDecisions : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void VisitDecisionDeclaration(DecisionDeclarationSyntax node)
        {
            if (node.Body.Text == "NATO")
                Names.Add(node.Identifier.Text);
            base.VisitDecisionDeclaration(node);
        }
    }

    [Test]
    public void An_overridden_visit_method_sees_its_nodes()
    {
        var walker = new NatoDecisions();
        foreach (var path in ShippedRuleFiles())
            walker.Visit(SyntaxTree.Parse(File.ReadAllText(path), path).Root);
        walker.Names.Order().ShouldBe(["Accession", "SecretaryGeneral"]);
    }
}
