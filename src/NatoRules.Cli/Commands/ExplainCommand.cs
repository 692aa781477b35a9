using System.CommandLine;
using System.Text.RegularExpressions;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules explain NRxxxx</c>: prints the documentation of a diagnostic id, from docs/diagnostics.md.</summary>
internal static partial class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A diagnostic id, such as NR2001." };
        var command = new Command("explain", "Print the documentation of a diagnostic id: what it means, an example and the fix.") { id };
        command.SetAction(result => Run(result.GetValue(id)!));
        return command;
    }

    private static int Run(string id)
    {
        var descriptor = DiagnosticDescriptors.Find(id);
        if (descriptor is null)
        {
            Console.Error.WriteLine($"natorules: error: there is no diagnostic '{id}'; ids are NR followed by four digits, listed in docs/diagnostics.md");
            return ExitCodes.Usage;
        }
        var section = Section(descriptor.Id);
        Console.WriteLine(section ?? $"{descriptor.Id}: {descriptor.Title}\n\n{descriptor.MessageFormat}");
        return ExitCodes.Success;
    }

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
