using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

public sealed class SyntaxRewriterTests
{
    private sealed class Nothing : SyntaxRewriter;

    private static IEnumerable<string> RuleFiles() =>
        Directory.EnumerateFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases"), "*.rules", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(RuleFiles))]
    public void A_rewriter_that_changes_nothing_gives_back_the_very_same_tree(string path)
    {
        var tree = SyntaxTree.Parse(File.ReadAllText(path), path);
        new Nothing().Visit(tree.Root).ShouldBeSameAs(tree.Root);
    }

    // Renames a member everywhere its code is written: declarations, names in positions and lists.
    private sealed class RenameMember(string from, string to) : SyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token) =>
            token.Kind == SyntaxKind.IdentifierToken && token.Text == from
                ? SyntaxFactory.Identifier(to).WithLeadingTrivia(token.LeadingTrivia).WithTrailingTrivia(token.TrailingTrivia)
                : token;
    }

    [Test]
    public void A_rewriter_that_renames_a_member_changes_its_name_and_nothing_else()
    {
        const string Text = """
            body B { member HUN "Hungary"; member NLD; }  // two
            decision D in B { require consensus; }
            facts F for D {
              proposal P;
              on 2024-01-01: HUN, NLD objects P;
              on 2024-02-01: HUN supports P; // lifted
            }
            """;
        var tree = SyntaxTree.Parse(Text, "b.rules");
        var renamed = (CompilationUnitSyntax)new RenameMember("HUN", "HU").Visit(tree.Root)!;
        renamed.ToFullString().ShouldBe(Text.Replace("HUN", "HU"));
        // Nodes the rename does not reach are shared, not copied.
        renamed.Declarations[1].Green.ShouldBeSameAs(tree.Root.Declarations[1].Green);

        var compiled = Compilation.Create([SyntaxTree.Create(renamed, "b.rules")]);
        compiled.Diagnostics.ShouldBeEmpty();
        compiled.Bodies.Single().Members.Select(m => m.Name).ShouldBe(["HU", "NLD"]);
    }

    [Test]
    public void With_methods_change_one_child_and_keep_the_rest_of_the_text()
    {
        var tree = SyntaxTree.Parse("matter UkraineOptOut \"no forced part\";  // kept\n");
        var matter = (MatterDeclarationSyntax)tree.Root.Declarations[0];
        var renamed = matter.WithIdentifier(SyntaxFactory.Identifier("OptOut").WithTrailingTrivia([SyntaxFactory.Space]));
        renamed.ToFullString().ShouldBe("matter OptOut \"no forced part\";  // kept\n");
        renamed.Update(renamed.MatterKeyword, renamed.Identifier, renamed.Description, renamed.SemicolonToken).ShouldBeSameAs(renamed);
        matter.ToFullString().ShouldBe("matter UkraineOptOut \"no forced part\";  // kept\n");
    }

    [Test]
    public void A_tree_built_with_the_factory_is_exact_and_parses_to_the_same_tokens()
    {
        SyntaxToken T(SyntaxKind kind) => SyntaxFactory.Token(kind).WithTrailingTrivia([SyntaxFactory.Space]);
        var member = SyntaxFactory.MemberDeclaration(T(SyntaxKind.MemberKeyword), SyntaxFactory.Identifier("USA"), null, [],
            SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia([SyntaxFactory.Space]));
        var body = SyntaxFactory.BodyDeclaration(T(SyntaxKind.BodyKeyword), SyntaxFactory.Identifier("NATO").WithTrailingTrivia([SyntaxFactory.Space]),
            null, SyntaxFactory.Block(T(SyntaxKind.OpenBraceToken), [member],
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia([SyntaxFactory.LineFeed])));
        var root = SyntaxFactory.CompilationUnit([body], SyntaxFactory.EndOfFile());

        root.ToFullString().ShouldBe("body NATO { member USA; }\n");
        root.FullSpan.Length.ShouldBe(root.ToFullString().Length);
        root.SyntaxTree.ShouldBeNull();
        var parsed = SyntaxTree.Parse(root.ToFullString());
        parsed.Diagnostics.ShouldBeEmpty();
        parsed.Tokens.Select(t => (t.Kind, t.Text)).ShouldBe(root.DescendantTokens().Select(t => (t.Kind, t.Text)));
        var tree = SyntaxTree.Create(root, "made.rules");
        tree.Root.DescendantTokens().Last().Position.ShouldBe(tree.Text.Length);
        TreeInvariants.Check(tree);
    }

    [Test]
    public void The_factory_refuses_a_token_that_is_not_one_of_its_kind()
    {
        Should.Throw<ArgumentException>(() => SyntaxFactory.Identifier("body")).Message.ShouldContain("identifier");
        Should.Throw<ArgumentException>(() => SyntaxFactory.Identifier("two words"));
        Should.Throw<ArgumentException>(() => SyntaxFactory.Token(SyntaxKind.IdentifierToken));
        Should.Throw<ArgumentException>(() => SyntaxFactory.Trivia("x"));
        SyntaxFactory.Token(SyntaxKind.DateToken, "2024-06-26").Value.ShouldBe(new DateOnly(2024, 6, 26));
    }
}

public sealed class LongChainTests
{
    private sealed class Nothing : SyntaxRewriter;

    private sealed class Counter() : SyntaxWalker(SyntaxWalkerDepth.Token)
    {
        public int Tokens { get; private set; }

        public override void VisitToken(SyntaxToken token) => Tokens++;
    }

    [Test]
    public void A_chain_of_100000_terms_is_one_flat_node_that_walkers_and_rewriters_go_through()
    {
        // A chain was a left-leaning tree as deep as it was long: any recursive pass over it ran out of stack.
        var text = "rule R = " + string.Join(" and ", Enumerable.Repeat("consensus", 100_000)) + ";";
        var tree = SyntaxTree.Parse(text);
        var chain = ((RuleDeclarationSyntax)tree.Root.Declarations[0]).Condition.ShouldBeOfType<LogicalConditionSyntax>();
        chain.Operands.Count().ShouldBe(100_000);
        chain.OperatorAt(99_998).Kind.ShouldBe(SyntaxKind.AndKeyword);
        var walker = new Counter();
        walker.Visit(tree.Root);
        walker.Tokens.ShouldBe(4 + 100_000 + 99_999 + 1);
        new Nothing().Visit(tree.Root).ShouldBeSameAs(tree.Root);
        tree.Root.ToFullString().ShouldBe(text);
    }
}

public sealed class SharedGrammarTests
{
    [Test]
    public void Parses_on_many_threads_at_once_share_the_grammar_and_give_what_one_thread_gives()
    {
        // The grammar is built once; each parse reaches its own tokens and nesting depth through the thread it runs on.
        var files = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Cases"), "*.rules", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories))
            .Select(path => (Path: path, Text: File.ReadAllText(path))).Where(f => f.Text.Length < 20_000).ToList();
        string Dump(SyntaxTree tree) => TreeDump.Of(tree) + string.Join("\n", tree.Diagnostics.Select(d => d.ToString()));
        var expected = files.Select(f => Dump(SyntaxTree.Parse(f.Text, f.Path))).ToList();
        var mismatches = 0;
        Parallel.For(0, files.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var file = files[i % files.Count];
            if (Dump(SyntaxTree.Parse(file.Text, file.Path)) != expected[i % files.Count])
                Interlocked.Increment(ref mismatches);
        });
        mismatches.ShouldBe(0);
    }
}
