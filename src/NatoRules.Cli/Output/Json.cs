using System.Text.Encodings.Web;
using System.Text.Json;
using NatoRules.Diagnostics;

namespace NatoRules.Cli.Output;

/// <summary>Shared JSON writing: one writer setup and the diagnostic shape every command uses.</summary>
internal static class Json
{
    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.LineSpan;
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", Diagnostic.SeverityText(diagnostic.Severity));
        writer.WriteString("message", diagnostic.Message);
        writer.WriteString("file", diagnostic.Location.Path);
        writer.WriteNumber("line", span.Start.Line + 1);
        writer.WriteNumber("column", span.Start.Character + 1);
        writer.WriteNumber("endLine", span.End.Line + 1);
        writer.WriteNumber("endColumn", span.End.Character + 1);
        if (diagnostic.Help is { } help)
            writer.WriteString("help", help);
        writer.WriteEndObject();
    }
}
