using System.Globalization;
using System.Security;
using System.Text;
using NatoRules.Binding;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Cli.Output;

/// <summary>
/// An outcome timeline as a picture: the outcome band across the top, then one lane per member that took a position on
/// the candidate, coloured by its stance from each position to the next (a conditional one lighter), guarantees as marks;
/// each shape's <c>title</c> gives the fact and its place in the rule files, as a browser shows it on hover.
/// </summary>
internal static class TimelineSvg
{
    private const int Width = 960, Left = 96, Right = 16, Top = 28, Band = 26, Lane = 18, Gap = 4;

    public static string Write(OutcomeTimeline timeline, Compilation compilation)
    {
        var positions = compilation.Positions.Where(p => ReferenceEquals(p.Candidate, timeline.Candidate) && p.Date <= timeline.To)
            .GroupBy(p => p.Member).OrderBy(g => g.Key.Index).ToList();
        var matters = positions.SelectMany(g => g).Select(p => p.Matter).OfType<MatterSymbol>().ToHashSet();
        var guarantees = compilation.Guarantees.Where(g => matters.Contains(g.Matter) && g.Date >= timeline.From && g.Date <= timeline.To).ToList();
        var days = timeline.To.DayNumber - timeline.From.DayNumber + 1;
        double X(DateOnly day) => Left + (Width - Left - Right) * (double)(Math.Clamp(day.DayNumber, timeline.From.DayNumber, timeline.To.DayNumber + 1)
            - timeline.From.DayNumber) / days;
        var height = Top + Band + Gap * 2 + positions.Count * (Lane + Gap) + 24;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n"));
        svg.Append(Invariant($"  <title>{Escape($"{timeline.Decision.Name} for {timeline.Candidate.Name}, {Dates.Iso(timeline.From)} to {Dates.Iso(timeline.To)}")}</title>\n"));
        svg.Append(Invariant($"  <text x=\"{Left}\" y=\"16\" font-size=\"13\">{Escape($"{timeline.Decision.Name} ({timeline.Decision.Body.Name}) for {timeline.Candidate.Name}")}</text>\n"));

        svg.Append("  <g class=\"outcome\">\n");
        svg.Append(Invariant($"    <text x=\"4\" y=\"{Top + Band / 2 + 4}\">outcome</text>\n"));
        foreach (var segment in timeline.Segments)
        {
            var (x0, x1) = (X(segment.From), X(segment.To.AddDays(1)));
            var words = $"{Dates.Iso(segment.From)} .. {Dates.Iso(segment.To)}: {segment.Outcome.ToText()}"
                + (segment.Blockers.Count == 0 ? "" : (segment.Outcome == Outcome.Pending ? " awaiting " : " by ") + string.Join(", ", segment.Blockers));
            svg.Append(Invariant($"    <rect class=\"{segment.Outcome.ToText()}\" x=\"{x0:0.##}\" y=\"{Top}\" width=\"{Math.Max(1, x1 - x0):0.##}\" height=\"{Band}\" fill=\"{Colour(segment.Outcome)}\"><title>{Escape(words)}</title></rect>\n"));
        }
        svg.Append("  </g>\n");

        var y = Top + Band + Gap * 2;
        foreach (var lane in positions)
        {
            var member = lane.Key;
            svg.Append(Invariant($"  <g class=\"lane\" data-member=\"{Escape(member.Name)}\">\n"));
            svg.Append(Invariant($"    <text x=\"4\" y=\"{y + Lane - 5}\">{Escape(member.Name)}</text>\n"));
            var ordered = lane.OrderBy(p => p.Date).ToList();
            for (var i = 0; i < ordered.Count; i++)
            {
                var position = ordered[i];
                var until = i + 1 < ordered.Count ? ordered[i + 1].Date : timeline.To.AddDays(1);
                if (until <= timeline.From)
                    continue;
                var (x0, x1) = (X(position.Date), X(until));
                var stance = position.Words;
                svg.Append(Invariant($"    <rect class=\"{StanceClass(position)}\" x=\"{x0:0.##}\" y=\"{y}\" width=\"{Math.Max(1, x1 - x0):0.##}\" height=\"{Lane}\" fill=\"{Colour(position)}\"><title>{Escape($"{Dates.Iso(position.Date)}: {member.Name} {stance} [{Place(position.Location)}]")}</title></rect>\n"));
            }
            foreach (var guarantee in guarantees.Where(g => ReferenceEquals(g.Receiver, member)))
            {
                var x = X(guarantee.Date);
                svg.Append(Invariant($"    <path class=\"guarantee\" d=\"M {x:0.##} {y - 2} l 5 {Lane / 2 + 2} l -5 {Lane / 2 + 2} l -5 -{Lane / 2 + 2} z\" fill=\"#1565c0\" stroke=\"white\"><title>{Escape($"{Dates.Iso(guarantee.Date)}: guarantee {guarantee.Matter.Name} from {guarantee.Giver} to {member.Name} ({guarantee.Form}) [{Place(guarantee.Location)}]")}</title></path>\n"));
            }
            svg.Append("  </g>\n");
            y += Lane + Gap;
        }
        svg.Append(Invariant($"  <text x=\"{Left}\" y=\"{height - 6}\">{Dates.Iso(timeline.From)}</text>\n"));
        svg.Append(Invariant($"  <text x=\"{Width - Right}\" y=\"{height - 6}\" text-anchor=\"end\">{Dates.Iso(timeline.To)}</text>\n"));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The picture in a page of its own, for a browser.</summary>
    public static string Html(OutcomeTimeline timeline, Compilation compilation) =>
        $"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{Escape($"{timeline.Decision.Name} for {timeline.Candidate.Name}")}</title></head>\n<body>\n"
        + Write(timeline, compilation) + "</body>\n</html>\n";

    private static string StanceClass(PositionFact position) =>
        (position.Stance switch { Stance.Supports => "supports", Stance.Objects => "objects", Stance.Abstains => "abstains", _ => "absent" })
        + (position.Condition == PositionConditionKind.None ? "" : " conditional");

    private static string Colour(Outcome outcome) => outcome switch
    {
        Outcome.Approved => "#2e7d32",
        Outcome.Blocked => "#c62828",
        Outcome.Rejected => "#6d1b1b",
        Outcome.Pending => "#f9a825",
        _ => "#757575",
    };

    private static string Colour(PositionFact position) => (position.Stance, position.Condition != PositionConditionKind.None) switch
    {
        (Stance.Supports, false) => "#66bb6a",
        (Stance.Supports, true) => "#c5e1a5",
        (Stance.Objects, false) => "#ef5350",
        (Stance.Objects, true) => "#ffab91",
        (Stance.Abstains, _) => "#bdbdbd",
        _ => "#e0e0e0",
    };

    private static string Place(Location location) =>
        $"{location.Path}:{location.LineSpan.Start.Line + 1}:{location.LineSpan.Start.Character + 1}";

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
