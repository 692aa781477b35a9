using System.CommandLine;
using System.Globalization;
using NatoRules.Analysis;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Hosting;
using NatoRules.Text;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules power PATHS --decision NAME [--as-of DATE] [--format text|json|csv]</c>: each member's voting power in a
/// decision read as a simple game over the members that count on the date (docs/analysis.md).
/// </summary>
internal static class PowerCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var facts = PathArguments.FactsOption();
        var decision = new Option<string>("--decision") { Description = "The decision to analyse.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "The date whose members count, yyyy-mm-dd (default: today)." };
        var format = new Option<string>("--format")
        {
            Description = "text: the indices for people; json: one document (docs/analysis.md); csv: one line per member.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var command = new Command("power",
            "Compute each member's voting power in a decision: Banzhaf and Shapley-Shubik indices as exact fractions, the minimal winning and blocking coalitions. Exit 0 when computed, 2 on input errors or a game too large to compute exactly, 64 on wrong usage.")
        {
            paths, facts, decision, asOf, format,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(facts) ?? [], result.GetValue(decision)!, result.GetValue(asOf),
            result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] paths, string[] facts, string decisionName, string? asOfText, string format)
    {
        if (PathArguments.AsOf(asOfText) is not { } asOf)
            return ExitCodes.Usage;
        if (PathArguments.CompileWithoutErrors(paths, facts, out var exit) is not { } compilation)
            return exit;
        if (PathArguments.Decision(compilation, decisionName) is not { } decision)
            return ExitCodes.Usage;
        PowerAnalysis power;
        try
        {
            power = compilation.Power(decision, asOf);
        }
        catch (NotSupportedException e)
        {
            Console.Error.WriteLine($"natorules: error: {decision.QualifiedName} cannot be computed exactly: {e.Message}");
            return ExitCodes.InputErrors;
        }
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput())
                {
                    using (var writer = Json.CreateWriter(stdout))
                        PowerJson.Write(writer, power);
                    stdout.WriteByte((byte)'\n');
                }
                break;
            case "csv":
                Console.WriteLine("member,shapley_shubik,shapley_shubik_decimal,banzhaf_normalized,banzhaf_normalized_decimal,banzhaf_absolute,swings,can_block_alone");
                foreach (var m in power.Members)
                    Console.WriteLine(string.Join(",", m.Member.Name, m.ShapleyShubik, m.ShapleyShubik.ToDecimalString(9), m.NormalizedBanzhaf,
                        m.NormalizedBanzhaf.ToDecimalString(9), m.Banzhaf, m.Swings.ToString(CultureInfo.InvariantCulture), m.CanBlockAlone ? "true" : "false"));
                break;
            default:
                WriteText(power);
                break;
        }
        return ExitCodes.Success;
    }

    private static void WriteText(PowerAnalysis power)
    {
        var members = power.Members;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{power.Decision.Name} ({power.Decision.Body.Name}) as of {Dates.Iso(power.AsOf)}: {members.Count} members, {power.Method}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  winning coalitions: {power.WinningCoalitions:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  minimal winning coalitions: {power.MinimalWinningCoalitions:N0}, the smallest of {Members(power.SmallestWinningSize)}")
            + Examples(power.SmallestMinimalWinning));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  minimal blocking coalitions: {power.MinimalBlockingCoalitions:N0}, the smallest of {Members(power.SmallestBlockingSize)}")
            + Examples(power.SmallestMinimalBlocking));
        var vetoes = members.Where(m => m.CanBlockAlone).Select(m => m.Member.Name).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  can block alone: {(vetoes.Count == 0 ? "nobody" : vetoes.Count == members.Count ? "every member" : string.Join(", ", vetoes))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  proper: {YesNo(power.IsProper)}; strong: {YesNo(power.IsStrong)}; weighted: {(power.IsWeighted is { } w ? YesNo(w) : "not determined")}"));
        foreach (var note in power.Notes.Distinct())
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  note: {note}"));
        if (members.Count == 0)
        {
            Console.WriteLine($"  no member of {power.Decision.Body.Name} counts on {Dates.Iso(power.AsOf)}");
            return;
        }
        var width = Math.Max(6, members.Max(m => m.Member.Name.Length));
        var shapley = members.Select(m => Index(m.ShapleyShubik)).ToList();
        var banzhaf = members.Select(m => Index(m.NormalizedBanzhaf)).ToList();
        var (shapleyWidth, banzhafWidth) = (Math.Max(14, shapley.Max(s => s.Length)), Math.Max(20, banzhaf.Max(s => s.Length)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"member".PadRight(width)}  {"Shapley-Shubik".PadRight(shapleyWidth)}  {"Banzhaf (normalized)".PadRight(banzhafWidth)}  swings"));
        for (var i = 0; i < members.Count; i++)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {members[i].Member.Name.PadRight(width)}  {shapley[i].PadRight(shapleyWidth)}  {banzhaf[i].PadRight(banzhafWidth)}  {members[i].Swings:N0}"));
    }

    // A decimal to nine places, with the exact fraction when it is short enough to check by hand (the JSON has it always).
    private static string Index(Fraction value) =>
        value.ToDecimalString(9) + (value.Denominator.ToString(CultureInfo.InvariantCulture).Length <= 8 ? $" ({value})" : "");

    private static string Examples(IReadOnlyList<IReadOnlyList<Binding.MemberSymbol>> coalitions) =>
        coalitions.Count == 0 ? "" : ", such as " + string.Join(" or ", coalitions.Take(2).Select(c => "{" + string.Join(", ", c.Select(m => m.Name)) + "}"));

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Members(int count) => count == 1 ? "1 member" : $"{count} members";
}
