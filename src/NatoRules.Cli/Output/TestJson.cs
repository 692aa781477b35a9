using NatoRules.Testing;
using NatoRules.Text;

namespace NatoRules.Cli.Output;

/// <summary>Writes test results (and coverage) as one JSON document.</summary>
internal static class TestJson
{
    public static void Write(IReadOnlyList<TestResult> results, CoverageReport? coverage)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = Json.CreateWriter(stdout);
        writer.WriteStartObject();
        writer.WriteStartArray("tests");
        foreach (var result in results)
        {
            var location = result.Test.Location!;
            writer.WriteStartObject();
            writer.WriteString("name", result.Test.Name);
            writer.WriteBoolean("passed", result.Passed);
            writer.WriteString("file", location.Path);
            writer.WriteNumber("line", location.LineSpan.Start.Line + 1);
            writer.WriteNumber("expectations", result.Expectations);
            writer.WriteStartArray("failures");
            foreach (var failure in result.Failures)
            {
                var at = failure.Location.LineSpan.Start;
                writer.WriteStartObject();
                writer.WriteString("expected", failure.Expected);
                writer.WriteString("actual", failure.Actual);
                writer.WriteString("file", failure.Location.Path);
                writer.WriteNumber("line", at.Line + 1);
                writer.WriteNumber("column", at.Character + 1);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNumber("passed", results.Count(r => r.Passed));
        writer.WriteNumber("failed", results.Count(r => !r.Passed));
        if (coverage is not null)
        {
            writer.WriteStartObject("coverage");
            writer.WriteNumber("clausePercent", coverage.ClausePercent);
            writer.WriteNumber("factPercent", coverage.FactPercent);
            writer.WriteNumber("datePercent", coverage.DatePercent);
            writer.WriteStartArray("dates");
            foreach (var date in coverage.Dates)
            {
                writer.WriteStartObject();
                writer.WriteString("candidate", date.Candidate);
                writer.WriteString("date", Dates.Iso(date.Date));
                writer.WriteString("file", date.Fact.Path);
                writer.WriteNumber("line", date.Fact.LineSpan.Start.Line + 1);
                writer.WriteNumber("column", date.Fact.LineSpan.Start.Character + 1);
                writer.WriteBoolean("testedBefore", date.TestedBefore);
                writer.WriteBoolean("testedFrom", date.TestedFrom);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("files");
            foreach (var file in coverage.Files)
            {
                writer.WriteStartObject();
                writer.WriteString("file", file.Path);
                writer.WriteNumber("clauses", file.Clauses);
                writer.WriteNumber("clausesReached", file.ClausesReached);
                writer.WriteNumber("facts", file.Facts);
                writer.WriteNumber("factsReached", file.FactsReached);
                writer.WriteStartArray("unreached");
                foreach (var clause in file.Unreached)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", clause.LineSpan.Start.Line + 1);
                    writer.WriteNumber("column", clause.LineSpan.Start.Character + 1);
                    writer.WriteString("text", clause.Source.ToString(clause.Span));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }
}
