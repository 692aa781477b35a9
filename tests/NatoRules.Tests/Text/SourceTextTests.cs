using NatoRules.Text;

namespace NatoRules.Tests.Text;

public sealed class SourceTextTests
{
    [TestCase("", 1)]
    [TestCase("abc", 1)]
    [TestCase("a\n", 2)]
    [TestCase("a\r\nb\rc\nd", 4)]
    [TestCase("\r\r\n\n\r", 5)]
    public void Counts_lines_broken_by_LF_CR_or_CRLF(string text, int lines) =>
        SourceText.From(text).LineCount.ShouldBe(lines);

    [Test]
    public void Places_each_character_on_its_line_and_column()
    {
        var text = SourceText.From("ab\r\ncd\ref\ngh");
        text.GetLinePosition(0).ShouldBe(new LinePosition(0, 0));
        text.GetLinePosition(2).ShouldBe(new LinePosition(0, 2)); // the \r of \r\n ends line 0
        text.GetLinePosition(4).ShouldBe(new LinePosition(1, 0));
        text.GetLinePosition(7).ShouldBe(new LinePosition(2, 0));
        text.GetLinePosition(10).ShouldBe(new LinePosition(3, 0));
        text.GetLinePosition(11).ShouldBe(new LinePosition(3, 1));
    }
}
