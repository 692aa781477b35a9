using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Evaluation;
using NatoRules.Hosting;
using NatoRules.Text;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules timeline PATHS --decision NAME --candidate NAME [--from DATE] [--to DATE] [--format text|json]</c>: the
/// stretches of days with one outcome and the same blockers, and the facts dated in between (docs/analysis.md).
/// </summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var facts = PathArguments.FactsOption();
        var decision = new Option<string>("--decision") { Description = "The decision.", Required = true };
        var candidate = new Option<string>("--candidate") { Description = "The candidate or proposal.", Required = true };
        var from = new Option<string?>("--from") { Description = "The first day, yyyy-mm-dd (default: the first fact dated about the candidate)." };
        var to = new Option<string?>("--to") { Description = "The last day, yyyy-mm-dd (default: the last fact dated about the candidate)." };
        var format = new Option<string>("--format")
        {
            Description = "text: for people; json: one document (docs/analysis.md); svg: the picture; html: the picture in a page.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "svg", "html");
        var command = new Command("timeline",
            "Show how the outcome of a decision for a candidate moved over time: the days where it or its blockers change, and the facts in between. Exit 0 when shown, 2 on input errors, 64 on wrong usage.")
        {
            paths, facts, decision, candidate, from, to, format,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(facts) ?? [], result.GetValue(decision)!, result.GetValue(candidate)!,
            result.GetValue(from), result.GetValue(to), result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] paths, string[] facts, string decisionName, string candidateName, string? fromText, string? toText, string format)
    {
        DateOnly? from = null, to = null;
        if (fromText is not null && (from = PathArguments.AsOf(fromText)) is null)
            return ExitCodes.Usage;
        if (toText is not null && (to = PathArguments.AsOf(toText)) is null)
            return ExitCodes.Usage;
        if (PathArguments.CompileWithoutErrors(paths, facts, out var exit) is not { } compilation)
            return exit;
        if (PathArguments.Decision(compilation, decisionName) is not { } decision)
            return ExitCodes.Usage;
        if (compilation.FindCandidate(candidateName) is not { } candidate)
        {
            var suggestion = NameSuggester.Suggest(candidateName, compilation.Candidates.Select(c => c.Name));
            Console.Error.WriteLine($"natorules: error: there is no candidate '{candidateName}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
            return ExitCodes.Usage;
        }
        if (from is { } first && to is { } last && Math.Abs(last.DayNumber - first.DayNumber) > 36_600)
        {
            Console.Error.WriteLine("natorules: error: a timeline covers at most a hundred years; narrow --from and --to");
            return ExitCodes.Usage;
        }
        var timeline = compilation.Timeline(decision, candidate, from, to, 100_000_000);
        if (format is "svg" or "html")
        {
            Console.Write(format == "svg" ? TimelineSvg.Write(timeline, compilation) : TimelineSvg.Html(timeline, compilation));
            return ExitCodes.Success;
        }
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = Json.CreateWriter(stdout))
                VerdictJson.WriteTimeline(writer, timeline);
            stdout.WriteByte((byte)'\n');
            return ExitCodes.Success;
        }
        Console.WriteLine($"{decision.Name} ({decision.Body.Name}) for {candidate.Name}, {Dates.Iso(timeline.From)} to {Dates.Iso(timeline.To)}:");
        foreach (var segment in timeline.Segments)
            Console.WriteLine($"  {Dates.Iso(segment.From)} .. {Dates.Iso(segment.To)}  {segment.Outcome.ToText()}"
                + (segment.Blockers.Count == 0 ? "" : (segment.Outcome == Outcome.Pending ? " awaiting " : " by ") + string.Join(", ", segment.Blockers)));
        if (timeline.Events.Count > 0)
        {
            Console.WriteLine("  facts:");
            foreach (var e in timeline.Events)
                Console.WriteLine($"    {Dates.Iso(e.Date)}  {e.Description}" + (e.Location is { } l ? $" [{l.Path}:{l.LineSpan.Start.Line + 1}:{l.LineSpan.Start.Character + 1}]" : ""));
        }
        return ExitCodes.Success;
    }
}
