using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

public sealed class RecoveryTests
{
    [Test]
    public void Three_unrelated_mistakes_give_three_diagnostics_on_their_own_lines()
    {
        var tree = SyntaxTree.Parse("""
            body NATO {
              member HUN joined;
              member NLD joined 1949-08-24;
            }
            decision SG in NATO {
              require consensus
              eligible when candidate is not withdrawn;
            }
            facts F for SG {
              on 2024-01-01: HUN vetoes Rutte;
            }
            """);

        tree.Diagnostics.Select(d => (d.Id, d.Location.LineSpan.Start.Line + 1)).ShouldBe([
            ("NR1010", 2), ("NR1011", 6), ("NR1010", 10)]);
        TreeInvariants.Check(tree);
    }

    [Test]
    public void Skipping_a_bad_statement_stops_at_the_statement_on_the_next_line()
    {
        // The line break after `oops` is its trailing trivia; the next `on` still starts a line.
        var tree = SyntaxTree.Parse("""
            facts F for SG {
              on 2024-01-01: HUN objects Rutte;
              oops
              on 2024-01-02: NLD supports Rutte;
            }
            """);

        var block = ((FactsDeclarationSyntax)tree.Root.Declarations[0]).Block;
        block.Statements.Select(s => s.Kind).ShouldBe([SyntaxKind.OnStatement, SyntaxKind.SkippedTokens, SyntaxKind.OnStatement]);
        tree.Diagnostics.Select(d => (d.Id, d.Location.LineSpan.Start.Line + 1)).ShouldBe([("NR1013", 3)]);
        var tokens = tree.Tokens.ToList();
        tokens.Single(t => t.Text == "oops").StartsLine.ShouldBeTrue();
        tokens.Last(t => t.Kind == SyntaxKind.OnKeyword).StartsLine.ShouldBeTrue();
        tokens.Single(t => t.Text == "NLD").StartsLine.ShouldBeFalse();
        TreeInvariants.Check(tree);
    }

    [Test]
    public void A_missing_semicolon_is_synthesized_and_marked_missing()
    {
        var tree = SyntaxTree.Parse("matter A\nmatter B;");
        var first = (MatterDeclarationSyntax)tree.Root.Declarations[0];
        first.SemicolonToken.IsMissing.ShouldBeTrue();
        first.SemicolonToken.Position.ShouldBe("matter A\n".Length, "a missing token stands between the trivia of its neighbours");
        tree.Diagnostics.Single().Location.Span.Start.ShouldBe("matter A".Length, "it is reported right after the previous token");
        tree.Root.Declarations[1].ShouldBeOfType<MatterDeclarationSyntax>();
    }

    [Test]
    public void A_declaration_keyword_inside_a_block_closes_it_with_a_missing_brace()
    {
        var tree = SyntaxTree.Parse("body NATO {\n  member HUN;\ndecision D in NATO { require consensus; }");
        var body = (BodyDeclarationSyntax)tree.Root.Declarations[0];
        body.Block.CloseBraceToken.IsMissing.ShouldBeTrue();
        body.Block.Statements.Count.ShouldBe(1);
        tree.Root.Declarations[1].ShouldBeOfType<DecisionDeclarationSyntax>();
    }

    [Test]
    public void Skipped_tokens_are_kept_in_an_error_node()
    {
        var tree = SyntaxTree.Parse("body NATO { member HUN joined x y z; member NLD; }");
        var block = ((BodyDeclarationSyntax)tree.Root.Declarations[0]).Block;
        var skipped = block.Statements[0].ShouldBeOfType<SkippedTokensSyntax>();
        string.Concat(skipped.Tokens.Select(t => t.Text)).ShouldBe("memberHUNjoinedxyz;");
        block.Statements[1].ShouldBeOfType<MemberDeclarationSyntax>();
    }

    [TestCase("(", ")", TestName = "100,000 nested parentheses give a diagnostic, not a stack overflow")]
    [TestCase("not ", "", TestName = "100,000 nested nots give a diagnostic, not a stack overflow")]
    [TestCase("all(", ")", TestName = "100,000 nested all() give a diagnostic, not a stack overflow")]
    public void Deep_nesting_is_reported(string open, string close)
    {
        const int depth = 100_000;
        var text = "rule R = " + string.Concat(Enumerable.Repeat(open, depth)) + "consensus"
            + string.Concat(Enumerable.Repeat(close, depth)) + ";\nrule S = consensus;";
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.Select(d => d.Id).ShouldContain("NR1014");
        tree.Root.Declarations.OfType<RuleDeclarationSyntax>().ShouldContain(r => r.Identifier.Text == "S");
        tree.Root.ToFullString().ShouldBe(text);
    }

    [Test]
    public void A_hundred_thousand_nested_braces_are_skipped_without_recursion()
    {
        var text = "body B " + new string('{', 100_000) + new string('}', 100_000);
        var tree = SyntaxTree.Parse(text);
        tree.Diagnostics.ShouldNotBeEmpty();
        TreeInvariants.Check(tree);
    }

    [Test]
    public void The_nesting_limit_is_an_option()
    {
        var text = "rule R = ((((consensus))));";
        SyntaxTree.Parse(text).Diagnostics.ShouldBeEmpty();
        SyntaxTree.Parse(text, options: new ParseOptions { MaxNestingDepth = 3 }).Diagnostics.Single().Id.ShouldBe("NR1014");
    }

    [Test]
    public void Operators_bind_and_tighter_than_or()
    {
        var tree = SyntaxTree.Parse("rule R = consensus or consensus and not consensus;");
        var rule = (RuleDeclarationSyntax)tree.Root.Declarations[0];
        var or = rule.Condition.ShouldBeOfType<LogicalConditionSyntax>();
        or.OperatorToken.Kind.ShouldBe(SyntaxKind.OrKeyword);
        var and = or.Operands.ToList()[1].ShouldBeOfType<LogicalConditionSyntax>();
        and.OperatorToken.Kind.ShouldBe(SyntaxKind.AndKeyword);
        and.Operands.Last().ShouldBeOfType<NotConditionSyntax>();
    }
}
