using System.Text;
using NatoRules.Syntax;

namespace NatoRules.Cli.Output;

/// <summary>Prints a syntax tree as indented text: kinds, spans, token texts, and which tokens are missing or skipped.</summary>
internal static class SyntaxTreePrinter
{
    // Deeper nodes are indented no further and carry their depth instead: a chain of 100,000 `and`s
    // nests as deep, and indenting every line by its depth would print a quadratic amount of spaces.
    internal const int MaxIndent = 64;

    public static void Print(TextWriter writer, SyntaxTree tree)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxElement Element, int Depth)>();
        stack.Push((tree.Root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            builder.Append(' ', Math.Min(depth, MaxIndent) * 2);
            if (depth > MaxIndent)
                builder.Append('[').Append(depth).Append("] ");
            builder.Append(element.Kind).Append(' ').Append(Position(tree, element));
            if (element is SyntaxToken token)
            {
                builder.Append(' ').Append(Quote(token.Text));
                if (token.IsMissing)
                    builder.Append(" <missing>");
                if (token.Parent?.Kind == SyntaxKind.SkippedTokens)
                    builder.Append(" <skipped>");
                foreach (var trivia in token.LeadingTrivia)
                    if (trivia.Kind is SyntaxKind.BadCharactersTrivia)
                        builder.Append(" <bad ").Append(Quote(trivia.Text)).Append('>');
            }
            builder.AppendLine();
            if (element is SyntaxNode node)
            {
                var children = node.ChildNodesAndTokens();
                for (var i = children.Count - 1; i >= 0; i--)
                    stack.Push((children[i], depth + 1));
            }
            if (builder.Length > 1 << 16)
            {
                writer.Write(builder);
                builder.Clear();
            }
        }
        writer.Write(builder);
    }

    private static string Position(SyntaxTree tree, SyntaxElement element)
    {
        var span = element.Span;
        var start = tree.Text.GetLinePosition(span.Start);
        return $"{start.Line + 1}:{start.Character + 1} [{span.Start}..{span.End})";
    }

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return builder.Append('"').ToString();
    }
}
