using System.Text.Json;
using NatoRules.Hosting;

namespace NatoRules.Cli.Output;

/// <summary>Shared JSON writing setup for the commands; verdicts and diagnostics use the library's <see cref="VerdictJson"/> shape.</summary>
internal static class Json
{
    public static Utf8JsonWriter CreateWriter(Stream stream) => new(stream, VerdictJson.WriterOptions);

    /// <summary>Writes the check command's document to standard output.</summary>
    public static void WriteCheck(DateOnly asOf, IReadOnlyList<NatoRules.Evaluation.Verdict> verdicts,
        IReadOnlyList<NatoRules.Diagnostics.Diagnostic> diagnostics, bool explain)
    {
        using var stdout = Console.OpenStandardOutput();
        VerdictJson.Write(stdout, asOf, verdicts, diagnostics, explain);
        stdout.WriteByte((byte)'\n');
    }

    /// <summary>Writes the validate command's document: <c>{"diagnostics": [...], "errors": N, "warnings": N}</c>.</summary>
    public static void WriteDiagnostics(IReadOnlyList<NatoRules.Diagnostics.Diagnostic> diagnostics)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = CreateWriter(stdout))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in diagnostics)
                VerdictJson.WriteDiagnostic(writer, diagnostic);
            writer.WriteEndArray();
            writer.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            writer.WriteNumber("warnings", diagnostics.Count(d => d.Severity == NatoRules.Diagnostics.DiagnosticSeverity.Warning));
            writer.WriteEndObject();
        }
        stdout.WriteByte((byte)'\n');
    }
}
