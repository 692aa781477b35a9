using System.Text.Encodings.Web;
using System.Text.Json;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Text;

namespace NatoRules.Hosting;

/// <summary>
/// Writes verdicts and diagnostics as JSON in the shape the <c>natorules check --format json</c> command and the
/// HTTP service share; field names are stable and documented in <c>docs/cli.md</c>.
/// </summary>
public static class VerdictJson
{
    /// <summary>Writer options: indented, and non-ASCII text written as is.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <c>{"asOf", "decisions": [...], "diagnostics": [...]}</c> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, DateOnly asOf, IReadOnlyList<Verdict> verdicts, IReadOnlyList<Diagnostic> diagnostics, bool explain)
    {
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("asOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteStartArray("decisions");
        foreach (var verdict in verdicts)
            WriteVerdict(writer, verdict, explain);
        writer.WriteEndArray();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in diagnostics)
            WriteDiagnostic(writer, diagnostic);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Writes one diagnostic: <c>id</c>, <c>severity</c>, <c>message</c>, <c>file</c>, <c>line</c>, <c>column</c>, <c>endLine</c>, <c>endColumn</c>, <c>help</c>.</summary>
    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
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

    /// <summary>Writes an outcome timeline: <c>{"decision", "candidate", "from", "to", "segments": [{"from", "to", "outcome", "blockers"}], "events": [...]}</c>.</summary>
    public static void WriteTimeline(Utf8JsonWriter writer, OutcomeTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(timeline);
        writer.WriteStartObject();
        writer.WriteString("decision", timeline.Decision.QualifiedName);
        writer.WriteString("candidate", timeline.Candidate.Name);
        writer.WriteString("from", Dates.Iso(timeline.From));
        writer.WriteString("to", Dates.Iso(timeline.To));
        writer.WriteStartArray("segments");
        foreach (var segment in timeline.Segments)
        {
            writer.WriteStartObject();
            writer.WriteString("from", Dates.Iso(segment.From));
            writer.WriteString("to", Dates.Iso(segment.To));
            writer.WriteString("outcome", segment.Outcome.ToText());
            writer.WriteStartArray("blockers");
            foreach (var blocker in segment.Blockers)
                writer.WriteStringValue(blocker);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("events");
        foreach (var e in timeline.Events)
        {
            writer.WriteStartObject();
            writer.WriteString("date", Dates.Iso(e.Date));
            if (e.Member is { } member)
                writer.WriteString("member", member.Name);
            writer.WriteString("description", e.Description);
            if (e.Location is { } location)
            {
                writer.WriteString("file", location.Path);
                writer.WriteNumber("line", location.LineSpan.Start.Line + 1);
                writer.WriteNumber("column", location.LineSpan.Start.Character + 1);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one verdict object, with its explanation when <paramref name="explain"/> is set.</summary>
    public static void WriteVerdict(Utf8JsonWriter writer, Verdict verdict, bool explain)
    {
        writer.WriteStartObject();
        writer.WriteString("decision", verdict.Decision.Name);
        writer.WriteString("body", verdict.Decision.Body.Name);
        writer.WriteString("candidate", verdict.Candidate.Name);
        writer.WriteString("outcome", verdict.Outcome.ToText());
        writer.WriteStartArray("ineligibility");
        foreach (var reason in verdict.Ineligibility)
            writer.WriteStringValue(reason);
        writer.WriteEndArray();
        writer.WriteStartArray("blockers");
        foreach (var blocker in verdict.Blockers)
        {
            writer.WriteStartObject();
            if (blocker.Member is { } member)
                writer.WriteString("member", member.Name);
            if (blocker.Threshold is { } threshold)
                writer.WriteString("threshold", threshold.Description);
            writer.WriteString("kind", KindText(blocker.Kind));
            writer.WriteString("reason", blocker.Reason);
            WriteLocation(writer, blocker.FactLocation);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("awaiting");
        foreach (var member in verdict.Awaiting)
            writer.WriteStringValue(member.Name);
        writer.WriteEndArray();
        writer.WriteStartArray("unblock");
        foreach (var option in verdict.Unblock)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", option.Kind switch
            {
                UnblockKind.Guarantee => "guarantee",
                UnblockKind.ChangeOfPosition => "changeOfPosition",
                UnblockKind.RivalWithdrawal => "rivalWithdrawal",
                _ => "moreSupport",
            });
            if (option.Member is { } member)
                writer.WriteString("member", member.Name);
            if (option.Matter is { } matter)
                writer.WriteString("matter", matter.Name);
            writer.WriteString("description", option.Description);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("minimalUnblockingSets");
        foreach (var set in verdict.MinimalUnblockingSets)
        {
            writer.WriteStartArray();
            foreach (var change in set.Changes)
            {
                writer.WriteStartObject();
                writer.WriteString("description", change.Option.Description);
                writer.WriteString("fact", change.Fact);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        var t = verdict.Tallies;
        writer.WriteStartObject("tallies");
        writer.WriteNumber("supports", t.Supports);
        writer.WriteNumber("objections", t.Objections);
        writer.WriteNumber("abstentions", t.Abstentions);
        writer.WriteNumber("silent", t.Silent);
        writer.WriteNumber("absent", t.Absent);
        writer.WriteNumber("nonMembers", t.NonMembers);
        writer.WriteNumber("notSitting", t.NotSitting);
        writer.WriteEndObject();
        writer.WriteStartArray("thresholds");
        foreach (var threshold in verdict.Thresholds)
        {
            writer.WriteStartObject();
            writer.WriteString("threshold", threshold.Description);
            writer.WriteBoolean("met", threshold.Met);
            writer.WriteBoolean("deemedMet", threshold.DeemedMet);
            writer.WriteBoolean("pending", threshold.Pending);
            writer.WriteNumber("actual", threshold.Actual);
            writer.WriteNumber("required", threshold.Required);
            if (threshold.Unit is { } unit)
                writer.WriteString("unit", unit);
            if (threshold.Total is { } total)
                writer.WriteNumber("total", total);
            writer.WriteString("text", threshold.Text);
            WriteLocation(writer, threshold.Location);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (explain)
        {
            writer.WritePropertyName("explanation");
            WriteExplanation(writer, verdict.Explanation);
        }
        writer.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter writer, Explanation step)
    {
        writer.WriteStartObject();
        writer.WriteString("text", step.Text);
        writer.WriteString("result", step.Result);
        if (step.Rule is { } rule)
        {
            writer.WritePropertyName("rule");
            writer.WriteStartObject();
            WriteLocation(writer, rule);
            writer.WriteEndObject();
        }
        writer.WriteStartArray("facts");
        foreach (var fact in step.Facts)
        {
            writer.WriteStartObject();
            WriteLocation(writer, fact);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("steps");
        foreach (var child in step.Children)
            WriteExplanation(writer, child);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, Location? location)
    {
        if (location is null)
            return;
        var start = location.LineSpan.Start;
        writer.WriteString("file", location.Path);
        writer.WriteNumber("line", start.Line + 1);
        writer.WriteNumber("column", start.Character + 1);
    }

    private static string KindText(BlockerKind kind) => kind switch
    {
        BlockerKind.Objection => "objection",
        BlockerKind.ConditionalObjection => "conditionalObjection",
        BlockerKind.Veto => "veto",
        BlockerKind.Abstention => "abstention",
        BlockerKind.DeclaredAbstention => "declaredAbstention",
        BlockerKind.Outpolled => "outpolled",
        BlockerKind.Absence => "absence",
        BlockerKind.Threshold => "threshold",
        _ => "rivalBacking",
    };
}
