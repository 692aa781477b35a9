using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

public sealed class LexerTests
{
    private static SyntaxToken[] Tokens(string text) => SyntaxTree.Parse(text).Tokens.Where(t => !t.IsMissing).ToArray();

    [Test]
    public void Trailing_trivia_runs_to_the_end_of_the_line_and_the_rest_leads_the_next_token()
    {
        var tokens = Tokens("matter M; // why\n  // next\nmatter N;");

        var semicolon = tokens[2];
        semicolon.Kind.ShouldBe(SyntaxKind.SemicolonToken);
        semicolon.TrailingTrivia.Select(t => t.Kind).ShouldBe(
            [SyntaxKind.WhitespaceTrivia, SyntaxKind.SingleLineCommentTrivia, SyntaxKind.EndOfLineTrivia]);

        var nextMatter = tokens[3];
        nextMatter.Kind.ShouldBe(SyntaxKind.MatterKeyword);
        nextMatter.LeadingTrivia.Select(t => t.Text).ShouldBe(["  ", "// next", "\n"]);
        nextMatter.StartsLine.ShouldBeTrue();
    }

    [Test]
    public void A_line_break_inside_a_comment_does_not_end_trailing_trivia_and_a_lone_CR_does()
    {
        var tokens = Tokens("matter A; /* x\ny */ matter B;\r \tmatter C;");

        tokens[2].TrailingTrivia.Select(t => t.Text).ShouldBe([" ", "/* x\ny */", " "]);
        tokens[3].LeadingTrivia.ShouldBeEmpty();
        tokens[3].StartsLine.ShouldBeFalse();
        tokens[5].TrailingTrivia.Select(t => t.Text).ShouldBe(["\r"]);
        tokens[6].LeadingTrivia.Select(t => t.Text).ShouldBe([" \t"]);
        tokens[6].StartsLine.ShouldBeTrue();
    }

    [Test]
    public void Keywords_are_lower_case_and_anything_else_word_shaped_is_an_identifier()
    {
        var tokens = Tokens("body Body whn Ünïcödé _x1");
        tokens.Select(t => t.Kind).ShouldBe([
            SyntaxKind.BodyKeyword, SyntaxKind.IdentifierToken, SyntaxKind.IdentifierToken,
            SyntaxKind.IdentifierToken, SyntaxKind.IdentifierToken, SyntaxKind.EndOfFileToken]);
    }

    [Test]
    public void Literals_carry_their_values()
    {
        var tokens = Tokens("\"a\\\"b\\n\\u0041\" 2024-06-18 55% 62.5% 27");
        tokens[0].Value.ShouldBe("a\"b\nA");
        tokens[1].Value.ShouldBe(new DateOnly(2024, 6, 18));
        tokens[2].Value.ShouldBe(55m);
        tokens[3].Value.ShouldBe(62.5m);
        tokens[4].Value.ShouldBe(27L);
    }

    [Test]
    public void A_date_that_is_not_a_real_day_lexes_without_a_value_for_the_binder_to_report()
    {
        var tree = SyntaxTree.Parse("2024-02-30");
        tree.Tokens.First().Kind.ShouldBe(SyntaxKind.DateToken);
        tree.Tokens.First().Value.ShouldBeNull();
        tree.Diagnostics.ShouldNotContain(d => d.Id == "NR1005");
    }

    [Test]
    public void Bad_characters_become_trivia_with_one_diagnostic_per_run()
    {
        var tree = SyntaxTree.Parse("matter M @@ ;");
        tree.Diagnostics.Select(d => d.Id).ShouldBe(["NR1001"]);
        tree.Tokens.SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .ShouldContain(t => t.Kind == SyntaxKind.BadCharactersTrivia && t.Text == "@@");
        TreeInvariants.Check(tree);
    }

    [Test]
    public void An_empty_file_is_one_end_of_file_token()
    {
        var tree = SyntaxTree.Parse("");
        tree.Diagnostics.ShouldBeEmpty();
        tree.Tokens.Single().Kind.ShouldBe(SyntaxKind.EndOfFileToken);
        tree.Root.ToFullString().ShouldBe("");
    }

    [Test]
    public void A_byte_order_mark_and_CRLF_line_breaks_round_trip_and_count_as_trivia()
    {
        var text = "\uFEFFbody NATO {\r\n  member HUN joined 1999-03-12;\r\n}\r\n";
        var tree = SyntaxTree.Parse(text);

        tree.Diagnostics.ShouldBeEmpty();
        tree.Root.ToFullString().ShouldBe(text);
        tree.Tokens.First().LeadingTrivia.Single().Text.ShouldBe("\uFEFF");
        tree.Tokens.ShouldContain(t => t.TrailingTrivia.Any(x => x.Kind == SyntaxKind.EndOfLineTrivia && x.Text == "\r\n"));
        tree.Text.GetLinePosition(text.IndexOf("member", StringComparison.Ordinal)).ShouldBe(new NatoRules.Text.LinePosition(1, 2));
        TreeInvariants.Check(tree);
    }

    [Test]
    public void A_surrogate_pair_that_fits_no_token_stays_whole()
    {
        var tree = SyntaxTree.Parse("matter M 😀;");
        tree.Diagnostics.Single().Message.ShouldBe("unexpected character '😀'");
        TreeInvariants.Check(tree);
    }
}
