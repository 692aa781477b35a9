using NatoRules.Formatting;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Formatting;

/// <summary>
/// The canonical layout: golden pairs for each construct and each place a comment or a blank line can be
/// (<c>Cases/Formatting/NAME.rules</c> formats to <c>NAME.formatted</c>), and the properties that make it
/// safe to run on any file: formatting is idempotent, keeps every token and comment, and leaves files
/// with syntax errors alone.
/// </summary>
public sealed class RuleFormatterTests
{
    public static IEnumerable<TestCaseData> GoldenCases() =>
        Directory.GetFiles(Repository.CasesFolder("Formatting"), "*.rules").Order(StringComparer.Ordinal)
            .Select(path => new TestCaseData(path).SetName($"Formats {Path.GetFileNameWithoutExtension(path)}"));

    [TestCaseSource(nameof(GoldenCases))]
    public void Formats_each_construct_in_the_canonical_layout(string path)
    {
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".formatted"));

        var result = Format(File.ReadAllText(path), Path.GetFileName(path));

        result.Status.ShouldBe(FormattingStatus.Formatted);
        result.Text.ShouldBe(expected);
        result.Changed.ShouldBeTrue("each input is written out of the layout");
        Format(expected).Changed.ShouldBeFalse("the expected text is in the layout already");
    }

    [Test]
    public void The_example_of_the_language_reference_formats_as_it_shows()
    {
        var section = File.ReadAllText(Repository.PathOf("docs", "language.md")).ReplaceLineEndings("\n").Split("## Layout\n")[1].Split("\n## ")[0];
        var blocks = section.Split("```\n").Where((_, i) => i % 2 == 1).ToArray();
        blocks.Length.ShouldBe(2, "the example before and after");

        Format(blocks[0]).Text.ShouldBe(blocks[1]);
    }

    [Test]
    public void A_file_with_syntax_errors_is_left_as_it_is()
    {
        const string text = "body B {  member A joined ;\n}\n";

        var result = Format(text);

        result.Status.ShouldBe(FormattingStatus.SyntaxErrors);
        result.Changed.ShouldBeFalse();
        result.Text.ShouldBe(text);
    }

    [Test]
    public void The_line_breaks_keep_their_style()
    {
        Format("body B {\r\n member A;  member C;\r\n}").Text.ShouldBe("body B {\r\n  member A;\r\n  member C;\r\n}\r\n");
        Format("body B {\r member A; }\r").Text.ShouldBe("body B {\r  member A;\r}\r");
        Format("body B { member A; }").Text.ShouldBe("body B {\n  member A;\n}\n", "a file without line breaks gets \\n");
    }

    [Test]
    public void A_byte_order_mark_stays_first()
    {
        Format("\uFEFF  body B { member A; }\n").Text.ShouldBe("\uFEFFbody B {\n  member A;\n}\n");
        Format("\uFEFF").Text.ShouldBe("\uFEFF");
    }

    [Test]
    public void An_empty_file_stays_empty_and_white_space_alone_is_removed()
    {
        Format("").Text.ShouldBe("");
        Format(" \n\n\t\n").Text.ShouldBe("");
        Format("// only a comment").Text.ShouldBe("// only a comment\n");
    }

    [Test]
    public void The_shipped_rules_are_formatted()
    {
        foreach (var file in Directory.GetFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories))
        {
            var result = Format(File.ReadAllText(file), file);
            result.Status.ShouldBe(FormattingStatus.Formatted, file);
            result.Changed.ShouldBeFalse($"{file} is not in the canonical layout: run natorules fmt rules");
        }
    }

    public static IEnumerable<TestCaseData> Batches() =>
        Enumerable.Range(0, 10).Select(batch => new TestCaseData(batch).SetName($"Generated programs format safely, batch {batch}"));

    // Programs from the grammar, with random spacing, line breaks and comments put between their tokens.
    [TestCaseSource(nameof(Batches))]
    public void Generated_programs_format_idempotently_keeping_every_token_and_comment(int batch)
    {
        var formatted = 0;
        for (var i = 0; i < 200; i++)
        {
            var seed = batch * 1000 + i;
            var random = new Random(seed);
            var text = Scramble(random, Fuzz.Grammar.Program(random));
            if (CheckSafe(text, $"seed {seed}"))
                formatted++;
        }
        formatted.ShouldBeGreaterThan(180, "the generated programs that parse without error");
    }

    [Test]
    public void The_shipped_rules_and_every_test_case_format_safely()
    {
        var files = Directory.GetFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(TestContext.CurrentContext.TestDirectory, "Cases"), "*.rules", SearchOption.AllDirectories));
        var formatted = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            if (SyntaxTree.Parse(text, file).Diagnostics.Any(d => d.IsError))
                continue;
            CheckSafe(text, file).ShouldBeTrue(file);
            CheckSafe(Scramble(new Random(file.Length), text), file + ", scrambled").ShouldBeTrue(file);
            formatted++;
        }
        formatted.ShouldBeGreaterThan(50, "the files that parse without error");
    }

    // Formatting gives a file that parses without error to the same tokens and comments, and formatting it again changes nothing.
    // False for a text with syntax errors, which is not formatted.
    private static bool CheckSafe(string text, string what)
    {
        var before = SyntaxTree.Parse(text, "input.rules");
        if (before.Diagnostics.Any(d => d.IsError))
            return false;
        var result = RuleFormatter.Format(before);
        result.Status.ShouldBe(FormattingStatus.Formatted, what);
        var after = SyntaxTree.Parse(result.Text, "input.rules");
        after.Diagnostics.Where(d => d.IsError).ShouldBeEmpty(what);
        Code(after).ShouldBe(Code(before), what);
        RuleFormatter.Format(after).Changed.ShouldBeFalse($"{what}: formatting twice changes the text again:\n{result.Text}");
        return true;
    }

    private static List<string> Code(SyntaxTree tree) =>
        [.. tree.Tokens.SelectMany(t => t.LeadingTrivia.Where(IsComment).Select(c => c.Text)
            .Append($"{t.Kind} {t.Text}")
            .Concat(t.TrailingTrivia.Where(IsComment).Select(c => c.Text)))];

    private static bool IsComment(SyntaxTrivia trivia) => SyntaxFacts.IsComment(trivia.Kind);

    // The same tokens with other space between them: runs of spaces and line breaks, and comments of both kinds.
    private static string Scramble(Random random, string text)
    {
        var tree = SyntaxTree.Parse(text);
        var builder = new System.Text.StringBuilder();
        string[] gaps = [" ", "  ", "\n", "\n\n\n", "\t", " // note\n", " /* c */ ", "\n  // own line\n", "/* a\nb */"];
        SyntaxToken? previous = null;
        foreach (var token in tree.Tokens)
        {
            var gap = random.Next(4) == 0 ? gaps[random.Next(gaps.Length)] : " ";
            if (previous is not null || random.Next(3) == 0)
                builder.Append(gap);
            builder.Append(token.Text);
            previous = token;
        }
        return builder.ToString();
    }

    private static FormattingResult Format(string text, string path = "input.rules") => RuleFormatter.Format(SyntaxTree.Parse(text, path));
}
