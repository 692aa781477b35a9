using System.Globalization;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Output;

/// <summary>
/// Renders diagnostics the way modern compilers do: a headline with severity and id, the file and
/// position, the source line with the span underlined by carets, and a help line when there is one.
/// </summary>
internal sealed class DiagnosticRenderer(ConsoleStyle style)
{
    public void Render(TextWriter writer, Diagnostic diagnostic)
    {
        var severity = Diagnostic.SeverityText(diagnostic.Severity);
        var headline = $"{severity}[{diagnostic.Id}]";
        headline = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => style.Red(headline),
            DiagnosticSeverity.Warning => style.Yellow(headline),
            _ => style.Blue(headline),
        };
        writer.WriteLine($"{headline}: {style.Bold(diagnostic.Message)}");

        var location = diagnostic.Location;
        var source = location.Source;
        var span = location.LineSpan;
        // A span over several lines underlines its part of each (at most the first two and the last).
        var lines = Enumerable.Range(span.Start.Line, span.End.Line - span.Start.Line + 1).ToList();
        if (span.End.Line > span.Start.Line && span.End.Character == 0)
            lines.RemoveAt(lines.Count - 1); // a span that ends at a line's start does not reach into it
        var shown = lines.Count <= 3 ? lines : [lines[0], lines[1], -1, lines[^1]];
        var width = (lines[^1] + 1).ToString(CultureInfo.InvariantCulture).Length;
        var gutter = new string(' ', width);
        writer.WriteLine($"{gutter}{style.Blue("-->")} {location.Path}:{span.Start.Line + 1}:{span.Start.Character + 1}");
        writer.WriteLine($"{gutter} {style.Blue("|")}");
        foreach (var line in shown)
        {
            if (line < 0)
            {
                writer.WriteLine($"{style.Blue("...".PadLeft(width))}");
                continue;
            }
            var lineText = source.ToString(source.GetLineSpan(line)).Replace('\t', ' ');
            var caretStart = line == span.Start.Line ? span.Start.Character : lineText.Length - lineText.TrimStart().Length;
            var caretEnd = line == span.End.Line ? span.End.Character : lineText.TrimEnd().Length;
            var caretLength = Math.Max(1, Math.Min(caretEnd, Math.Max(lineText.Length, caretStart + 1)) - caretStart);
            (lineText, caretStart, caretLength) = Window(lineText, caretStart, caretLength);
            var number = (line + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width);
            writer.WriteLine($"{style.Blue(number)} {style.Blue("|")} {lineText}");
            var carets = new string(' ', caretStart) + new string('^', caretLength);
            writer.WriteLine($"{gutter} {style.Blue("|")} {(diagnostic.IsError ? style.Red(carets) : style.Yellow(carets))}");
        }
        foreach (var other in diagnostic.AdditionalLocations)
        {
            var otherStart = other.LineSpan.Start;
            writer.WriteLine($"{gutter} {style.Blue("=")} note: see also {other.Path}:{otherStart.Line + 1}:{otherStart.Character + 1}");
        }
        if (diagnostic.Help is { } help)
            writer.WriteLine($"{gutter} {style.Blue("=")} help: {help}");
        writer.WriteLine();
    }

    /// <summary>A long line is cut to a window around the span (marked with `...`), so a one-line file of megabytes prints a line, not megabytes.</summary>
    private static (string Text, int CaretStart, int CaretLength) Window(string line, int caretStart, int caretLength)
    {
        const int Width = 120, Before = 40;
        if (line.Length <= Width)
            return (line, caretStart, caretLength);
        var from = Math.Max(0, Math.Min(caretStart - Before, line.Length - Width));
        var to = Math.Min(line.Length, from + Width);
        var text = (from > 0 ? "..." : "") + line[from..to] + (to < line.Length ? "..." : "");
        var start = caretStart - from + (from > 0 ? 3 : 0);
        return (text, start, Math.Max(1, Math.Min(caretLength, to - caretStart)));
    }

    public void RenderSummary(TextWriter writer, IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        if (errors + warnings == 0)
            return;
        writer.WriteLine($"{Plural(errors, "error")}, {Plural(warnings, "warning")}");
    }

    private static string Plural(int count, string word) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + word + (count == 1 ? "" : "s");
}
