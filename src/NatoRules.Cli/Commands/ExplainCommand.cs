using System.CommandLine;
using System.Text.RegularExpressions;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules explain NRxxxx</c>: prints the documentation of a diagnostic id, from docs/diagnostics.md.</summary>
internal static partial class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string?>("id") { Description = "A diagnostic id, such as NR2001.", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List every diagnostic id with its title and default severity." };
        var command = new Command("explain", "Print the documentation of a diagnostic id: what it means, an example and the fix.") { id, list };
        command.SetAction(result => Run(result.GetValue(id), result.GetValue(list)));
        return command;
    }

    private static int Run(string? id, bool list)
    {
        if (list)
        {
            foreach (var each in DiagnosticDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal))
                Console.WriteLine($"{each.Id}  {Diagnostic.SeverityText(each.DefaultSeverity),-7}  {each.Title}");
            return ExitCodes.Success;
        }
        if (id is null)
        {
            Console.Error.WriteLine("natorules: error: name a diagnostic id (natorules explain NR2001), or list them with --list");
            return ExitCodes.Usage;
        }
        var descriptor = DiagnosticDescriptors.Find(id);
        if (descriptor is null)
        {
            var near = NatoRules.Text.NameSuggester.Suggest(id, DiagnosticDescriptors.All.Select(d => d.Id));
            Console.Error.WriteLine($"natorules: error: there is no diagnostic '{id}'" + (near is null ? "" : $"; did you mean {near}?")
                + "; natorules explain --list lists them");
            return ExitCodes.Usage;
        }
        var section = Section(descriptor.Id);
        Console.WriteLine(section is null ? $"{descriptor.Id}: {descriptor.Title}\n\n{descriptor.MessageFormat}" : ForTerminal(section, Output.ConsoleStyle.ForStandardOutput()));
        return ExitCodes.Success;
    }

    /// <summary>
    /// The Markdown of a section as a terminal shows it: the heading in bold over a rule, code blocks
    /// indented by four spaces without their fences, inline code without its backticks (bold in colour),
    /// links as their text with the address after it.
    /// </summary>
    internal static string ForTerminal(string markdown, Output.ConsoleStyle style)
    {
        var lines = new List<string>();
        var inCode = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inCode = !inCode;
                continue;
            }
            if (inCode)
            {
                lines.Add("    " + line);
                continue;
            }
            if (line.StartsWith('#'))
            {
                var heading = line.TrimStart('#').Trim();
                lines.Add(style.Bold(heading));
                lines.Add(new string('=', heading.Length));
                continue;
            }
            var text = MarkdownLink().Replace(line, "$1 ($2)");
            text = InlineCode().Replace(text, match => style.Bold((match.Groups[1].Success ? match.Groups[1] : match.Groups[2]).Value.Trim()));
            lines.Add(text);
        }
        return string.Join('\n', lines).TrimEnd();
    }

    [GeneratedRegex(@"\[([^\]]+)\]\(([^)]+)\)")]
    private static partial Regex MarkdownLink();

    // `code`, or ``code with a ` inside``.
    [GeneratedRegex(@"``(.+?)``|`([^`]+)`")]
    private static partial Regex InlineCode();

    /// <summary>The section of the embedded docs/diagnostics.md about <paramref name="id"/>, without its anchor.</summary>
    internal static string? Section(string id)
    {
        using var stream = typeof(ExplainCommand).Assembly.GetManifestResourceStream("diagnostics.md");
        if (stream is null)
            return null;
        var text = new StreamReader(stream).ReadToEnd().ReplaceLineEndings("\n");
        var anchor = $"<a id=\"{id.ToLowerInvariant()}\"></a>\n";
        var start = text.IndexOf(anchor, StringComparison.Ordinal);
        if (start < 0)
            return null;
        start += anchor.Length;
        var end = NextSection().Match(text, start) is { Success: true } next ? next.Index : text.Length;
        return text[start..end].Trim();
    }

    [GeneratedRegex(@"^(<a id=|## )", RegexOptions.Multiline)]
    private static partial Regex NextSection();
}
