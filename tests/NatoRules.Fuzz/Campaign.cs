using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace NatoRules.Fuzz;

/// <summary>What went wrong with one input.</summary>
/// <param name="Kind"><c>crash</c> (an exception escaped), <c>violation</c> (a property failed), <c>slow</c> (over the time limit), <c>memory</c> (over the allocation limit) or <c>hang</c> (killed).</param>
/// <param name="Signature">What makes two findings the same: the kind and where it happened.</param>
public sealed record Finding(string Kind, string Signature, FuzzInput Input, string Detail, TimeSpan Elapsed, long Allocated);

/// <summary>The limits and the range of a campaign.</summary>
public sealed record CampaignOptions
{
    /// <summary>The campaign's seed: with an index, it makes the same input again.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The first index.</summary>
    public long Start { get; init; }

    /// <summary>The step from one index to the next (the number of workers).</summary>
    public long Stride { get; init; } = 1;

    /// <summary>How many inputs at most.</summary>
    public long Count { get; init; } = long.MaxValue;

    /// <summary>When to stop, whatever the count.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.MaxValue;

    /// <summary>An input that takes longer, plus a microsecond per character of its files, is a finding.</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>An input that allocates more bytes, plus <see cref="AllocationPerCharacter"/> per character of its files, is a finding.</summary>
    public long AllocationLimit { get; init; } = 256L * 1024 * 1024;

    /// <summary>The bytes an input may allocate per character of its files, beyond <see cref="AllocationLimit"/>: a few kilobytes must not cost gigabytes.</summary>
    public long AllocationPerCharacter { get; init; } = 512;

    /// <summary>Whether a crash or violation is minimized before it is reported.</summary>
    public bool Minimize { get; init; } = true;
}

/// <summary>The counts of a campaign and its findings, one per signature.</summary>
public sealed class CampaignResult
{
    /// <summary>Inputs checked, by kind.</summary>
    public long RuleInputs { get; set; }

    /// <summary>JSON facts documents checked.</summary>
    public long JsonInputs { get; set; }

    /// <summary>The longest time one input took.</summary>
    public TimeSpan Slowest { get; set; }

    /// <summary>The most bytes one input allocated.</summary>
    public long MostAllocated { get; set; }

    /// <summary>The first finding of each signature.</summary>
    public Dictionary<string, Finding> Findings { get; } = new(StringComparer.Ordinal);

    /// <summary>How many inputs gave a finding, distinct or not.</summary>
    public long FindingCount { get; set; }
}

/// <summary>Runs inputs in this process, one after another, and checks each with the <see cref="Oracle"/>.</summary>
public static class Campaign
{
    /// <summary>Runs the inputs <paramref name="options"/> name; <paramref name="starting"/> hears of each index before it runs.</summary>
    public static CampaignResult Run(Corpus corpus, CampaignOptions options, Action<long>? starting = null)
    {
        var generator = new InputGenerator(corpus, options.Seed);
        var result = new CampaignResult();
        var clock = Stopwatch.StartNew();
        for (long n = 0, index = options.Start; n < options.Count && clock.Elapsed < options.Duration; n++, index += options.Stride)
        {
            starting?.Invoke(index);
            var input = generator.Generate(index);
            var finding = CheckOne(input, options);
            // Time is the one measure the machine's load moves: a slow input is timed again, and is a
            // finding only if it is slow both times (a superlinear path is slow every time).
            if (finding.Kind == "slow" && CheckOne(input, options) is { Kind: not "slow" } again)
                finding = again;
            if (input.IsJson)
                result.JsonInputs++;
            else
                result.RuleInputs++;
            result.Slowest = finding.Elapsed > result.Slowest ? finding.Elapsed : result.Slowest;
            result.MostAllocated = Math.Max(result.MostAllocated, finding.Allocated);
            if (finding.Kind == "ok")
                continue;
            result.FindingCount++;
            if (!result.Findings.ContainsKey(finding.Signature))
                result.Findings[finding.Signature] = options.Minimize ? Minimizer.Minimize(finding, options) : finding;
        }
        return result;
    }

    /// <summary>Checks one input: a finding, or one of kind <c>ok</c> carrying its time and allocation.</summary>
    public static Finding CheckOne(FuzzInput input, CampaignOptions options)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        Exception? error = null;
        try
        {
            Oracle.Check(input);
        }
        catch (Exception e)
        {
            error = e;
        }
        var elapsed = clock.Elapsed;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        if (error is PropertyViolation violation)
            return new Finding("violation", "violation " + Generalize(violation.Message), input, violation.Message, elapsed, bytes);
        if (error is not null)
            return new Finding("crash", $"crash {error.GetType().Name} at {WhereThrown(error)}", input, error.ToString(), elapsed, bytes);
        // Big inputs may take longer, in proportion: 1 µs more per character keeps the check linear.
        var characters = input.Rules.Concat(input.Json).Sum(f => (long)f.Text.Length);
        if (elapsed > options.TimeLimit + TimeSpan.FromTicks(characters * TimeSpan.TicksPerMicrosecond))
            return new Finding("slow", $"slow {input.Strategy}", input, $"took {elapsed.TotalMilliseconds:F0} ms", elapsed, bytes);
        if (bytes > options.AllocationLimit + characters * options.AllocationPerCharacter)
            return new Finding("memory", $"memory {input.Strategy}", input, $"allocated {bytes / (1024 * 1024)} MiB", elapsed, bytes);
        return new Finding("ok", "", input, "", elapsed, bytes);
    }

    // The innermost frame of the engine that the exception passed through.
    private static string WhereThrown(Exception error)
    {
        var frames = new StackTrace(error, fNeedFileInfo: false).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("NatoRules", StringComparison.Ordinal) == true
                                               && f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("NatoRules.Fuzz", StringComparison.Ordinal) != true);
        var method = frame?.GetMethod();
        return method is null ? "?" : $"{method.DeclaringType?.Name}.{method.Name}";
    }

    // Numbers and quoted names differ from one input to the next; the kind of failure does not.
    private static string Generalize(string message)
    {
        var builder = new StringBuilder();
        foreach (var c in message)
            if (!char.IsDigit(c))
                builder.Append(c);
        return builder.ToString();
    }

    /// <summary>A short stable name for a signature, for file names.</summary>
    public static string Hash(string signature) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..10];
}
