using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NatoRules.Binding;
using NatoRules.Cli.Input;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules bench PATHS [--facts FILE...] [--as-of DATE] [--decision NAME] [--candidate NAME] [--rounds N]</c>:
/// times the user's own decisions, full verdict and boolean path, so rule authors see what their rules cost.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var facts = PathArguments.FactsOption();
        var asOf = new Option<string?>("--as-of") { Description = "The date to evaluate on, yyyy-mm-dd (default: today)." };
        var decision = new Option<string?>("--decision") { Description = "Time only this decision." };
        var candidate = new Option<string?>("--candidate") { Description = "Time only this candidate or proposal." };
        var rounds = new Option<int>("--rounds") { Description = "Timed rounds of about 100 ms each; the median is reported.", DefaultValueFactory = _ => 9 };
        rounds.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
                r.AddError("--rounds must be from 1 to 1000");
        });
        var command = new Command("bench",
            "Time the evaluation of your decisions: evaluations per second and bytes allocated per evaluation, for the full verdict and the boolean path.")
        {
            paths, facts, asOf, decision, candidate, rounds,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(facts) ?? [], result.GetValue(asOf),
            result.GetValue(decision), result.GetValue(candidate), result.GetValue(rounds)));
        return command;
    }

    private static int Run(string[] paths, string[] facts, string? asOfText, string? decisionName, string? candidateName, int rounds)
    {
        if (PathArguments.AsOf(asOfText) is not { } asOf)
            return ExitCodes.Usage;
        var ruleSet = Workspace.Load(paths, facts, out var error);
        if (ruleSet is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        if (ruleSet.HasErrors)
        {
            Output.DiagnosticPrinter.PrintAll(ruleSet.Diagnostics);
            return ExitCodes.InputErrors;
        }
        var compilation = ruleSet.Compilation;
        var pairs = compilation.Decisions
            .Where(d => decisionName is null || d.Name == decisionName)
            .SelectMany(d => d.Candidates.Where(c => candidateName is null || c.Name == candidateName).Select(c => (d, c)))
            .ToList();
        if (pairs.Count == 0)
        {
            Console.Error.WriteLine("natorules: error: no decision and candidate match; check --decision and --candidate");
            return ExitCodes.Usage;
        }

        // Warm up every path on every pair first: the JIT recompiles hot code only after a pause in
        // new compilations, so the first pair measured would otherwise be timed on unoptimised code.
        var warmUp = Stopwatch.StartNew();
        do
        {
            foreach (var (d, c) in pairs)
            {
                _ = compilation.Evaluate(d, c, asOf).Explanation;
                compilation.IsApproved(d, c, asOf);
            }
        }
        while (warmUp.ElapsedMilliseconds < 500);

        Console.WriteLine($"as of {asOf:yyyy-MM-dd}, median of {rounds} rounds (single thread; noisy machines vary):");
        Console.WriteLine($"{"decision",-24} {"candidate",-20} {"verdict/s",12} {"B/verdict",10} {"explained/s",12} {"B/explained",12} {"bool/s",12} {"B/bool",8}");
        foreach (var (d, c) in pairs)
        {
            var (verdictRate, verdictBytes) = Measure(() => compilation.Evaluate(d, c, asOf), rounds);
            // What `check --explain` pays: the verdict with its explanation tree built (the tree is built when first read).
            var (explainedRate, explainedBytes) = Measure(() => compilation.Evaluate(d, c, asOf).Explanation, rounds);
            var (boolRate, boolBytes) = Measure(() => compilation.IsApproved(d, c, asOf), rounds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Trim(d.Name, 24),-24} {Trim(c.Name, 20),-20} {verdictRate,12:N0} {verdictBytes,10:N0} {explainedRate,12:N0} {explainedBytes,12:N0} {boolRate,12:N0} {boolBytes,8:N0}"));
        }
        return ExitCodes.Success;
    }

    /// <summary>Evaluations per second (median over rounds) and bytes allocated per evaluation.</summary>
    private static (double Rate, long Bytes) Measure<T>(Func<T> evaluate, int rounds)
    {
        var batch = 1;
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 20)
        {
            for (var i = 0; i < batch; i++)
                evaluate();
            batch *= 2;
        }
        var perRound = Math.Max(1, (int)(batch * 100.0 / Math.Max(1, watch.ElapsedMilliseconds)));
        var rates = new double[rounds];
        long bytes = 0;
        for (var r = 0; r < rounds; r++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < perRound; i++)
                evaluate();
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / perRound;
            rates[r] = perRound / seconds;
        }
        Array.Sort(rates);
        return (rates[rounds / 2], bytes);
    }

    private static string Trim(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
