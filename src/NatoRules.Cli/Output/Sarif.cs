using System.Globalization;
using System.Reflection;
using System.Text.Json;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Output;

/// <summary>Writes diagnostics as a SARIF 2.1.0 log for code-scanning tools.</summary>
internal static class Sarif
{
    public static void Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var descriptors = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var index = descriptors.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        using var stdout = Console.OpenStandardOutput();
        using var writer = Json.CreateWriter(stdout);
        writer.WriteStartObject();
        writer.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "natorules");
        writer.WriteString("version", Version);
        writer.WriteString("informationUri", "https://github.com/natorules/natorules");
        writer.WriteStartArray("rules");
        foreach (var descriptor in descriptors)
        {
            writer.WriteStartObject();
            writer.WriteString("id", descriptor.Id);
            writer.WriteString("name", PascalCase(descriptor.Title));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", descriptor.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", FullDescription(descriptor));
            writer.WriteEndObject();
            writer.WriteString("helpUri", "https://github.com/natorules/natorules/blob/main/" + descriptor.HelpLink);
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(descriptor.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", descriptor.Category);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.LineSpan;
            writer.WriteStartObject();
            writer.WriteString("ruleId", diagnostic.Id);
            writer.WriteNumber("ruleIndex", index[diagnostic.Id]);
            writer.WriteString("level", Level(diagnostic.Severity));
            writer.WriteStartObject("message");
            writer.WriteString("text", diagnostic.Message);
            writer.WriteEndObject();
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", diagnostic.Location.Path.Replace('\\', '/'));
            writer.WriteEndObject();
            writer.WriteStartObject("region");
            writer.WriteNumber("startLine", span.Start.Line + 1);
            writer.WriteNumber("startColumn", span.Start.Character + 1);
            writer.WriteNumber("endLine", span.End.Line + 1);
            writer.WriteNumber("endColumn", span.End.Character + 1);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>A title as SARIF names a rule: its words capitalized and joined, <c>StatementNotAllowedHere</c>.</summary>
    internal static string PascalCase(string title)
    {
        var builder = new System.Text.StringBuilder(title.Length);
        foreach (var word in title.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
                builder.Append(char.ToUpperInvariant(letters[0])).Append(letters[1..]);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The rule described in sentences: what docs/diagnostics.md says of it after the message and its
    /// severity, without Markdown; its title when the documentation has no such text.
    /// </summary>
    internal static string FullDescription(DiagnosticDescriptor descriptor)
    {
        var section = Commands.ExplainCommand.Section(descriptor.Id);
        var paragraph = section?.Split("\n\n", 3) is [_, var first, ..] ? first.ReplaceLineEndings(" ") : null;
        var marker = paragraph is null ? -1 : paragraph.IndexOf($"({Diagnostic.SeverityText(descriptor.DefaultSeverity)}). ", StringComparison.Ordinal);
        if (paragraph is null || marker < 0)
            return descriptor.Title + ".";
        return Commands.ExplainCommand.ForTerminal(paragraph[(paragraph.IndexOf(". ", marker, StringComparison.Ordinal) + 2)..], ConsoleStyle.Plain).Trim();
    }

    public static string Version =>
        typeof(Sarif).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? "0.0.0";

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}

/// <summary>Writes diagnostics in the MSBuild canonical format, one per line, for editors and CI annotations.</summary>
internal static class MsBuildFormat
{
    public static void Write(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            var span = d.Location.LineSpan;
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{d.Location.Path}({span.Start.Line + 1},{span.Start.Character + 1},{span.End.Line + 1},{span.End.Character + 1}): {Diagnostic.SeverityText(d.Severity)} {d.Id}: {d.Message}"));
        }
    }
}
