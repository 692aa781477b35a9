using NatoRules.Syntax;

namespace NatoRules.Tests.Syntax;

/// <summary>Green tokens know no position, so the common ones are one object, and the tree still reads exactly.</summary>
public sealed class SharedTokenTests
{
    private const string Text = """
        body B {
          member A joined 2000-01-01;
          member C joined 2000-01-01;
        }
        facts F for D { proposal P; on 2024-01-01: A objects P; on 2024-01-02: C objects P; }
        """;

    private static List<SyntaxToken> Tokens(string text, SyntaxKind kind) =>
        [.. SyntaxTree.Parse(text, "t.rules").Tokens.Where(t => t.Kind == kind)];

    [Test]
    public void Keywords_and_punctuation_with_common_trivia_share_one_green_token()
    {
        var members = Tokens(Text, SyntaxKind.MemberKeyword);
        members.Count.ShouldBe(2);
        members[1].Green.ShouldBeSameAs(members[0].Green);
        var objects = Tokens(Text, SyntaxKind.ObjectsKeyword);
        objects[1].Green.ShouldBeSameAs(objects[0].Green); // in compact statements too, once expanded
        // The same green token in two places still has its own position and parent.
        members[0].Position.ShouldNotBe(members[1].Position);
        members[0].Parent.ShouldNotBeSameAs(members[1].Parent);
    }

    [Test]
    public void Names_literals_and_tokens_with_other_trivia_are_their_own()
    {
        var codes = Tokens(Text, SyntaxKind.IdentifierToken).Where(t => t.Text == "A").ToList();
        codes[1].Green.ShouldNotBeSameAs(codes[0].Green);
        var semicolons = Tokens("body B { member A;   member C; }", SyntaxKind.SemicolonToken);
        semicolons[0].Green.ShouldNotBeSameAs(semicolons[1].Green);
        semicolons[0].TrailingTrivia.Single().Text.ShouldBe("   ");
        semicolons[1].TrailingTrivia.Single().Text.ShouldBe(" ");
    }

    [Test]
    public void A_missing_token_is_not_the_shared_one()
    {
        var semicolons = Tokens("body B { member A; member C }", SyntaxKind.SemicolonToken);
        semicolons.Count.ShouldBe(2);
        semicolons[1].IsMissing.ShouldBeTrue();
        semicolons[0].IsMissing.ShouldBeFalse();
        semicolons[1].Green.ShouldNotBeSameAs(semicolons[0].Green);
    }
}
