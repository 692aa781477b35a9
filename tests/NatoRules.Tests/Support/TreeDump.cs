using System.Text;
using NatoRules.Syntax;

namespace NatoRules.Tests.Support;

/// <summary>A tree written out to compare two parses: every node and token with its kind, span and parent, then the diagnostics.</summary>
internal static class TreeDump
{
    public static string Of(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(SyntaxElement Element, int Depth)>();
        stack.Push((tree.Root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            builder.Append(' ', depth).Append(element.Kind).Append(' ').Append(element.FullSpan).Append(element.IsMissing ? " missing" : "")
                .Append(" in ").Append(element.Parent?.Kind.ToString() ?? "-").Append('\n');
            if (element is SyntaxNode node)
                foreach (var child in node.ChildNodesAndTokens().Reverse())
                    stack.Push((child, depth + 1));
        }
        foreach (var diagnostic in tree.Diagnostics)
            builder.Append(diagnostic).Append('\n');
        return builder.ToString();
    }
}
