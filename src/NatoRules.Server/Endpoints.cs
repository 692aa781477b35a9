using Microsoft.Extensions.Options;
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
        })
            .WithSummary("The loaded rules: generation, decisions, errors; 503 when none compiled.")
            .Produces<HealthResponse>()
            .Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);

        app.MapGet("/v1/rules", (RuleLibrary library) =>
        {
            if (library.Current is not { } rules)
                return NoRules(library);
            return Results.Json(new RulesResponse(
                [.. rules.Compilation.Decisions.Select(d => new DecisionInfo(d.Name, d.Body.Name, [.. d.Candidates.Select(c => c.Name)]))],
                library.Generation,
                DiagnosticsJson(library.LatestDiagnostics)));
        })
            .WithSummary("The decisions in service, their bodies and candidates, and the latest load's diagnostics.")
            .Produces<RulesResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapPost("/v1/evaluate", async (HttpRequest request, RuleLibrary library, IRuleEngine engine, CancellationToken cancellationToken) =>
        {
            var (problem, rules, text, body) = await ReadRequest(request, library, Strict, cancellationToken);
            if (problem is not null)
                return problem;
            using (body)
            {
                var root = body!.RootElement;
                var (decision, candidate, asOfText) = (root.GetProperty("decision").GetString()!, root.GetProperty("candidate").GetString()!,
                    root.GetProperty("asOf").GetString()!);
                if (DateField(root, "asOf", out var asOf) is { } badDate)
                    return badDate;
                FactsDocument? facts = null;
                if (root.TryGetProperty("facts", out var factsElement) && factsElement.ValueKind != JsonValueKind.Null)
                {
                    facts = FactsDocument.Parse(FactsInPlace(text), "request");
                    if (facts.Diagnostics.Any(d => d.IsError))
                        return Problem(StatusCodes.Status400BadRequest, "Invalid facts", "The facts in the request have errors.", facts.Diagnostics);
                }
                try
                {
                    var verdict = engine.Evaluate(rules!, decision, candidate, asOf, facts, cancellationToken);
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
        })
            .WithSummary("Evaluate a decision for a candidate as of a date, with optional facts; the verdict in the shape of docs/verdicts.schema.json.")
            .Accepts<EvaluateRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapPost("/v1/power", async (HttpRequest request, RuleLibrary library, CancellationToken cancellationToken) =>
        {
            var (problem, rules, _, body) = await ReadRequest(request, library, root => Strict(root, ["decision", "asOf"], ["decision", "asOf"]), cancellationToken);
            if (problem is not null)
                return problem;
            using (body)
            {
                var root = body!.RootElement;
                if (DateField(root, "asOf", out var asOf) is { } badDate)
                    return badDate;
                var compilation = rules!.Compilation;
                if (FindDecision(compilation, root.GetProperty("decision").GetString()!, out var decision) is { } unknown)
                    return unknown;
                try
                {
                    var power = compilation.Power(decision!, asOf);
                    return Json(writer => PowerJson.Write(writer, power));
                }
                catch (NotSupportedException e)
                {
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Cannot be computed exactly", $"{decision!.QualifiedName}: {e.Message}.");
                }
            }
        })
            .WithSummary("Each member's voting power in a decision as of a date (docs/analysis.md): the shape of natorules power --format json.")
            .Accepts<PowerRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        app.MapPost("/v1/timeline", async (HttpRequest request, RuleLibrary library, IOptions<NatoRulesOptions> options, CancellationToken cancellationToken) =>
        {
            string[] fields = ["decision", "candidate", "from", "to"];
            var (problem, rules, _, body) = await ReadRequest(request, library, root => Strict(root, fields, fields), cancellationToken);
            if (problem is not null)
                return problem;
            using (body)
            {
                var root = body!.RootElement;
                if (DateField(root, "from", out var from) is { } badFrom)
                    return badFrom;
                if (DateField(root, "to", out var to) is { } badTo)
                    return badTo;
                if (Math.Abs(to.DayNumber - from.DayNumber) > 36_600)
                    return Problem(StatusCodes.Status400BadRequest, "Malformed request", "A timeline covers at most a hundred years.");
                var compilation = rules!.Compilation;
                if (FindDecision(compilation, root.GetProperty("decision").GetString()!, out var decision) is { } unknown)
                    return unknown;
                var candidateName = root.GetProperty("candidate").GetString()!;
                if (compilation.FindCandidate(candidateName) is not { } candidate)
                    return Problem(StatusCodes.Status404NotFound, "Not found", $"There is no candidate '{candidateName}'"
                        + (NatoRules.Text.NameSuggester.Suggest(candidateName, compilation.Candidates.Select(c => c.Name)) is { } near ? $"; did you mean '{near}'?" : "."));
                try
                {
                    var timeline = compilation.Timeline(decision!, candidate, from, to, options.Value.MaxEvaluationSteps);
                    return Json(writer => VerdictJson.WriteTimeline(writer, timeline));
                }
                catch (EvaluationLimitExceededException e)
                {
                    return Problem(StatusCodes.Status422UnprocessableEntity, "Evaluation limit exceeded", e.Message);
                }
            }
        })
            .WithSummary("How the outcome of a decision for a candidate moved from one date to another (docs/analysis.md): the shape of natorules timeline --format json.")
            .Accepts<TimelineRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        // The posted text is checked with the library it would join: in place of the library's file at
        // ?path= (a changed secretary-general.rules binds to the served NATO body), beside it without
        // one, or alone with ?alone=true. Only the posted text's diagnostics are returned.
        app.MapPost("/v1/check", async (HttpRequest request, RuleLibrary library, IRuleEngine engine, CancellationToken cancellationToken) =>
        {
            if (request.ContentType is { } type && !type.StartsWith("text/", StringComparison.OrdinalIgnoreCase))
                return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                    $"The request body must be rule text (text/plain), not {type}.");
            var path = request.Query["path"].ToString();
            var alone = request.Query["alone"].ToString() is var flag && (flag == "true" || flag == "1");
            if (path.Length > 0 && !alone && !library.Sources.Any(s => s.Text.Path == path))
                return Problem(StatusCodes.Status404NotFound, "Not found", $"The library has no file '{path}'"
                    + (NatoRules.Text.NameSuggester.Suggest(path, library.Sources.Select(s => s.Text.Path)) is { } near ? $"; did you mean '{near}'?" : "."));
            var text = await ReadText(request, cancellationToken);
            var posted = RuleSource.FromText(text, path.Length > 0 ? path : "request.rules");
            IEnumerable<RuleSource> sources = alone ? [posted] : [.. library.Sources.Where(s => s.Text.Path != path), posted];
            // A check compiles up to a megabyte of text with the whole library: one at a time, so checks
            // take at most one core and evaluations keep the others.
            RuleSet ruleSet;
            await CheckGate.WaitAsync(cancellationToken);
            try
            {
                ruleSet = engine.TryCompile(sources, cancellationToken);
            }
            finally
            {
                CheckGate.Release();
            }
            var own = ruleSet.Diagnostics.Where(d => ReferenceEquals(d.Location.Source, posted.Text)).ToList();
            return Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteBoolean("valid", !ruleSet.HasErrors);
                writer.WriteStartArray("diagnostics");
                foreach (var diagnostic in own)
                    VerdictJson.WriteDiagnostic(writer, diagnostic);
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
        })
            .WithSummary("Check rule text with the served library: in place of ?path=, beside it, or ?alone=true.")
            .Accepts<string>("text/plain")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static readonly SemaphoreSlim CheckGate = new(1, 1);

    private static readonly string[] EvaluateFields = ["decision", "candidate", "asOf", "facts", "explain"];

    // Read strictly: every field known, of its type, the required ones present. Null when the body is right.
    private static string? Strict(JsonElement root) => Strict(root, EvaluateFields, ["decision", "candidate", "asOf"]);

    // A request body read strictly: an object of the known fields only, each of its type, with the required ones.
    private static string? Strict(JsonElement root, string[] fields, string[] requiredFields)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return $"The body must be a JSON object, not {Describe(root.ValueKind)}.";
        foreach (var property in root.EnumerateObject())
        {
            if (!fields.Contains(property.Name))
                return $"Unknown field '{property.Name}'"
                    + (NatoRules.Text.NameSuggester.Suggest(property.Name, fields) is { } near ? $"; did you mean '{near}'?" : "")
                    + $" The fields are {string.Join(", ", fields)}.";
            var kind = property.Value.ValueKind;
            var wrong = property.Name switch
            {
                "explain" when kind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null) => "true or false",
                "facts" when kind is not (JsonValueKind.Object or JsonValueKind.Null) => "a facts document (an object, docs/facts-json.md)",
                "decision" or "candidate" or "asOf" when kind != JsonValueKind.String => property.Name == "asOf" ? "a string, yyyy-mm-dd" : "a string",
                _ => null,
            };
            if (wrong is not null)
                return $"Field '{property.Name}' must be {wrong}, not {Describe(kind)}.";
        }
        foreach (var required in requiredFields)
            if (!root.TryGetProperty(required, out _))
                return $"Field '{required}' is missing; the body needs {Listed(requiredFields.Select(f => $"'{f}'"))} (yyyy-mm-dd).";
        return null;
    }

    private static string Listed(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
                                            || type.Contains("+json", StringComparison.OrdinalIgnoreCase));

    // A JSON request read strictly (`strict` names what is wrong with the body, if anything): the problem to answer with, or
    // the rule set in service, the body's text and its parsed document, which the caller disposes.
    private static async Task<(IResult? Problem, RuleSet? Rules, string Text, JsonDocument? Body)> ReadRequest(HttpRequest request, RuleLibrary library,
        Func<JsonElement, string?> strict, CancellationToken cancellationToken)
    {
        if (!IsJson(request))
            return (Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The request body must be application/json, not {request.ContentType ?? "without a content type"}."), null, "", null);
        if (library.Current is not { } rules)
            return (NoRules(library), null, "", null);
        var text = await ReadText(request, cancellationToken);
        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return (Problem(StatusCodes.Status400BadRequest, "Malformed request", $"The request body is not valid JSON: {e.Message}"), null, "", null);
        }
        if (strict(body.RootElement) is { } wrong)
        {
            body.Dispose();
            return (Problem(StatusCodes.Status400BadRequest, "Malformed request", wrong), null, "", null);
        }
        return (null, rules, text, body);
    }

    // A field holding a date written yyyy-mm-dd (present and a string: the strict reading checked that), or the problem.
    private static IResult? DateField(JsonElement root, string field, out DateOnly date)
    {
        var value = root.GetProperty(field).GetString()!;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? null
            : Problem(StatusCodes.Status400BadRequest, "Malformed request", $"'{field}' is '{value}', not a date written yyyy-mm-dd.");
    }

    // The decision a request names, or a 404 that gives the ambiguity or the nearest name.
    private static IResult? FindDecision(Compilation compilation, string name, out NatoRules.Binding.DecisionSymbol? decision)
    {
        decision = compilation.FindDecision(name);
        if (decision is not null)
            return null;
        var (ambiguity, suggestion) = compilation.WhyNoDecision(name);
        return Problem(StatusCodes.Status404NotFound, "Not found",
            ambiguity ?? $"There is no decision '{name}'" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"));
    }

    private static async Task<string> ReadText(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>
    /// The request body with everything but the value of its top-level <c>facts</c> field blanked out (line
    /// breaks kept): read as a facts document, its diagnostics give lines and columns in the request body.
    /// </summary>
    internal static string FactsInPlace(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes);
        var (start, end) = (-1L, -1L);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("facts"))
            {
                reader.Read();
                start = reader.TokenStartIndex;
                reader.Skip();
                end = reader.BytesConsumed;
                break;
            }
        }
        if (start < 0)
            return "";
        var (from, to) = (System.Text.Encoding.UTF8.GetCharCount(bytes, 0, (int)start), System.Text.Encoding.UTF8.GetCharCount(bytes, 0, (int)end));
        var masked = body.ToCharArray();
        for (var i = 0; i < masked.Length; i++)
            if ((i < from || i >= to) && masked[i] is not ('\n' or '\r'))
                masked[i] = ' ';
        return new string(masked);
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

/// <summary>The body of POST /v1/evaluate, for the OpenAPI document (the endpoint reads it strictly itself).</summary>
internal sealed record EvaluateRequest(string Decision, string Candidate, string AsOf, JsonElement? Facts, bool? Explain);

/// <summary>The body of POST /v1/timeline, for the OpenAPI document.</summary>
internal sealed record TimelineRequest(string Decision, string Candidate, string From, string To);

/// <summary>The body of POST /v1/power, for the OpenAPI document.</summary>
internal sealed record PowerRequest(string Decision, string AsOf);

internal sealed record HealthResponse(string Status, int Generation, int Decisions, int Errors, string? LoadError);

internal sealed record DecisionInfo(string Decision, string Body, IReadOnlyList<string> Candidates);

internal sealed record RulesResponse(IReadOnlyList<DecisionInfo> Decisions, int Generation, IReadOnlyList<DiagnosticInfo> Diagnostics);

internal sealed record DiagnosticInfo(string Id, string Severity, string Message, string File, int Line, int Column);
