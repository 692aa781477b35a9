using System.Text.RegularExpressions;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

/// <summary>Keeps docs/language.md true: its keyword list is complete and its examples parse.</summary>
public sealed partial class LanguageDocTests
{
    private static readonly string Docs = File.ReadAllText(Repository.PathOf("docs", "language.md"));

    [Test]
    public void Every_keyword_is_listed()
    {
        var listed = KeywordList().Match(Docs).Groups[1].Value;
        var words = Regex.Split(listed, @"\s+").Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        words.ShouldBe(SyntaxFacts.KeywordTexts, ignoreOrder: true);
    }

    public static IEnumerable<TestCaseData> Examples()
    {
        // Blocks fenced with a plain ``` hold rule text; the EBNF block is fenced ```ebnf.
        var blocks = new List<string>();
        List<string>? current = null;
        var isRuleText = false;
        foreach (var line in File.ReadAllLines(Repository.PathOf("docs", "language.md")))
        {
            if (!line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                current?.Add(line);
                continue;
            }
            if (current is null)
            {
                current = [];
                isRuleText = line.Trim() == "```";
                continue;
            }
            if (isRuleText)
                blocks.Add(string.Join("\n", current));
            current = null;
        }
        return blocks.Select((block, i) => new TestCaseData(block).SetName($"docs/language.md example {i + 1} parses"));
    }

    [TestCaseSource(nameof(Examples))]
    public void Every_example_parses_without_syntax_errors(string example)
    {
        var tree = SyntaxTree.Parse(example, "example.rules");
        tree.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
    }

    [GeneratedRegex(@"\*\*Keywords\*\* are reserved and lower case: `([^`]*)`")]
    private static partial Regex KeywordList();
}
