using NatoRules.Syntax;

namespace NatoRules.Tests.Support;

/// <summary>Checks what must hold of every syntax tree, whatever the input.</summary>
internal static class TreeInvariants
{
    public static void Check(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        tree.Root.ToFullString().ShouldBe(text, "the tree must give back the source exactly");
        tree.Root.FullSpan.Start.ShouldBe(0);
        tree.Root.FullSpan.End.ShouldBe(text.Length);

        // Tokens with their trivia tile the text: each starts where the previous one ended.
        var position = 0;
        foreach (var token in tree.Tokens)
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                trivia.Position.ShouldBe(position);
                text.Substring(trivia.Position, trivia.Text.Length).ShouldBe(trivia.Text);
                position += trivia.Text.Length;
            }
            token.Position.ShouldBe(position);
            text.Substring(token.Position, token.Text.Length).ShouldBe(token.Text);
            position += token.Text.Length;
            foreach (var trivia in token.TrailingTrivia)
            {
                trivia.Position.ShouldBe(position);
                position += trivia.Text.Length;
            }
            if (token.IsMissing)
                token.Text.ShouldBeEmpty();
        }
        position.ShouldBe(text.Length);

        // Children lie inside their parent, in order, and point back at it.
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var previousEnd = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                ReferenceEquals(child.Parent, node).ShouldBeTrue($"{child.Kind} should point at its parent {node.Kind}");
                node.FullSpan.Contains(child.FullSpan).ShouldBeTrue();
                child.FullSpan.Start.ShouldBe(previousEnd);
                previousEnd = child.FullSpan.End;
            }
            previousEnd.ShouldBe(node.FullSpan.End);
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            diagnostic.Location.Span.Start.ShouldBeInRange(0, text.Length);
            diagnostic.Location.Span.End.ShouldBeInRange(0, text.Length);
        }
    }
}
