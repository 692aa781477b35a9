using System.Globalization;
using System.Text.Json;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Hosting;

namespace NatoRules.Server;

/// <summary>The HTTP API: evaluate, check, list rules, health. Every error is a Problem Details (RFC 9457) response.</summary>
internal static class Endpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/health", (RuleLibrary library) =>
        {
            var healthy = library.Current is not null;
            return Results.Json(new HealthResponse(
                healthy ? "healthy" : "unhealthy", library.Generation, library.Current?.Compilation.Decisions.Count ?? 0,
                library.LatestDiagnostics.Count(d => d.IsError), library.LoadError),
                statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });

        app.MapGet("/v1/rules", (RuleLibrary library) =>
        {
            if (library.Current is not { } rules)
                return NoRules(library);
            return Results.Json(new RulesResponse(
                [.. rules.Compilation.Decisions.Select(d => new DecisionInfo(d.Name, d.Body.Name, [.. d.Candidates.Select(c => c.Name)]))],
                library.Generation,
                DiagnosticsJson(library.LatestDiagnostics)));
        });

        app.MapPost("/v1/evaluate", async (HttpRequest request, RuleLibrary library, IRuleEngine engine, CancellationToken cancellationToken) =>
        {
            if (library.Current is not { } rules)
                return NoRules(library);
            JsonDocument body;
            try
            {
                body = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            }
            catch (JsonException e)
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed request", $"The request body is not valid JSON: {e.Message}");
            }
            using (body)
            {
                var root = body.RootElement;
                if (root.ValueKind != JsonValueKind.Object
                    || !TryString(root, "decision", out var decision) || !TryString(root, "candidate", out var candidate)
                    || !TryString(root, "asOf", out var asOfText))
                    return Problem(StatusCodes.Status400BadRequest, "Malformed request", "The body needs the strings 'decision', 'candidate' and 'asOf' (yyyy-mm-dd).");
                if (!DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf))
                    return Problem(StatusCodes.Status400BadRequest, "Malformed request", $"'asOf' is '{asOfText}', not a date written yyyy-mm-dd.");
                FactsDocument? facts = null;
                if (root.TryGetProperty("facts", out var factsElement) && factsElement.ValueKind != JsonValueKind.Null)
                {
                    facts = FactsDocument.Parse(factsElement.GetRawText(), "request facts");
                    if (facts.Diagnostics.Any(d => d.IsError))
                        return Problem(StatusCodes.Status400BadRequest, "Invalid facts", "The facts in the request have errors.", facts.Diagnostics);
                }
                try
                {
                    var verdict = engine.Evaluate(rules, decision, candidate, asOf, facts, cancellationToken);
                    return Json(writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteString("asOf", asOfText);
                        writer.WriteStartArray("decisions");
                        VerdictJson.WriteVerdict(writer, verdict, root.TryGetProperty("explain", out var explain) && explain.ValueKind == JsonValueKind.True);
                        writer.WriteEndArray();
                        writer.WriteStartArray("diagnostics");
                        writer.WriteEndArray();
                        writer.WriteEndObject();
                    });
                }
                catch (UnknownNameException e)
                {
                    return Problem(StatusCodes.Status404NotFound, "Not found", e.Message);
                }
                catch (RuleCompilationException e)
                {
                    return Problem(StatusCodes.Status400BadRequest, "Invalid facts", "The facts in the request do not bind to the rules.",
                        e.RuleSet?.Diagnostics.Where(d => d.IsError).ToList());
                }
                catch (EvaluationLimitExceededException e)
                {
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Evaluation limit exceeded", e.Message);
                }
            }
        });

        app.MapPost("/v1/check", async (HttpRequest request, IRuleEngine engine, CancellationToken cancellationToken) =>
        {
            using var reader = new StreamReader(request.Body);
            var text = await reader.ReadToEndAsync(cancellationToken);
            var ruleSet = engine.TryCompile([RuleSource.FromText(text, "request.rules")], cancellationToken);
            return Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("valid", !ruleSet.HasErrors);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in ruleSet.Diagnostics)
                    VerdictJson.WriteDiagnostic(writer, diagnostic);
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        });
    }

    private static bool TryString(JsonElement root, string name, out string value)
    {
        value = "";
        if (!root.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
            return false;
        value = element.GetString()!;
        return true;
    }

    private static IResult NoRules(RuleLibrary library) =>
        Problem(StatusCodes.Status503ServiceUnavailable, "No rules loaded",
            library.LoadError ?? "The rules have errors and no earlier version compiled.", library.LatestDiagnostics);

    private static IResult Problem(int status, string title, string detail, IReadOnlyList<Diagnostic>? diagnostics = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title,
            extensions: diagnostics is null ? null : new Dictionary<string, object?> { ["diagnostics"] = DiagnosticsJson(diagnostics) });

    private static List<DiagnosticInfo> DiagnosticsJson(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => new DiagnosticInfo(d.Id, Diagnostic.SeverityText(d.Severity), d.Message, d.Location.Path,
            d.Location.LineSpan.Start.Line + 1, d.Location.LineSpan.Start.Character + 1))];

    private static IResult Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, VerdictJson.WriterOptions))
            write(writer);
        return Results.Bytes(buffer.ToArray(), "application/json");
    }
}

internal sealed record HealthResponse(string Status, int Generation, int Decisions, int Errors, string? LoadError);

internal sealed record DecisionInfo(string Decision, string Body, IReadOnlyList<string> Candidates);

internal sealed record RulesResponse(IReadOnlyList<DecisionInfo> Decisions, int Generation, IReadOnlyList<DiagnosticInfo> Diagnostics);

internal sealed record DiagnosticInfo(string Id, string Severity, string Message, string File, int Line, int Column);
