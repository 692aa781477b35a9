using NatoRules.Evaluation;
using NatoRules.Text;

namespace NatoRules.Cli.Output;

/// <summary>Renders verdicts as text: one block per decision and candidate.</summary>
internal static class VerdictText
{
    public static void Write(TextWriter writer, IReadOnlyList<Verdict> verdicts, bool explain, ConsoleStyle style)
    {
        foreach (var verdict in verdicts)
        {
            var outcome = verdict.Outcome.ToText();
            outcome = verdict.Outcome == Outcome.Approved ? style.Green(outcome) : style.Red(outcome);
            writer.WriteLine($"{style.Bold(verdict.Decision.Name)} ({verdict.Decision.Body.Name}) for {style.Bold(verdict.Candidate.Name)} as of {verdict.AsOf:yyyy-MM-dd}: {outcome}");
            foreach (var reason in verdict.Ineligibility)
                writer.WriteLine($"  {reason}");
            if (verdict.Blockers.Count > 0)
            {
                writer.WriteLine("  blocked by:");
                foreach (var blocker in verdict.Blockers)
                    writer.WriteLine(blocker.Member is { } member
                        ? $"    {member.Name}: {blocker.Reason}" + (blocker.FactLocation is { } at ? $" [{Where(at)}]" : "")
                        : $"    {blocker.Reason}" + (blocker.RuleLocation is { } rule ? $" [{Where(rule)}]" : ""));
            }
            if (verdict.Awaiting.Count > 0)
                writer.WriteLine($"  awaiting a position from: {string.Join(", ", verdict.Awaiting.Select(m => m.Name))}");
            var unblock = verdict.Unblock.ToList();
            if (unblock.Count > 0)
            {
                writer.WriteLine("  would unblock:");
                foreach (var option in unblock)
                    writer.WriteLine($"    - {option.Description}");
            }
            var sets = verdict.MinimalUnblockingSets;
            if (sets.Count > 0)
            {
                writer.WriteLine("  smallest changes that approve:");
                foreach (var set in sets)
                    writer.WriteLine($"    - {set}: {string.Join(" ", set.Changes.Select(c => c.Fact))}");
            }
            foreach (var threshold in verdict.Thresholds)
                writer.WriteLine($"  threshold {threshold.Description}: {threshold.Text} ({threshold.State})");
            var t = verdict.Tallies;
            writer.WriteLine($"  tallies: {t.Supports} support, {t.Objections} object, {t.Abstentions} abstain, {t.Silent} silent"
                + (t.Absent > 0 ? $", {t.Absent} absent" : "")
                + (t.NotSitting > 0 ? $", {t.NotSitting} not sitting" : "")
                + (t.NonMembers - t.NotSitting > 0 || t.NonMembers == 0 ? $", {t.NonMembers - t.NotSitting} not members" : ""));
            if (explain)
                WriteExplanation(writer, verdict.Explanation, 1);
            writer.WriteLine();
        }
    }

    private static void WriteExplanation(TextWriter writer, Explanation step, int depth)
    {
        var indent = new string(' ', depth * 2);
        var where = step.Rule is { } rule ? $" [{Where(rule)}]" : "";
        var facts = step.Facts.Count > 0 ? " {" + string.Join(", ", step.Facts.Select(Where)) + "}" : "";
        writer.WriteLine($"{indent}{(depth == 1 ? "why: " : "- ")}{step.Text}: {step.Result}{where}{facts}");
        foreach (var child in step.Children)
            WriteExplanation(writer, child, depth + 1);
    }

    /// <summary><c>path:line:col</c>, one-based, as every text output writes a place.</summary>
    public static string Where(Location location) => location.ToString();
}
