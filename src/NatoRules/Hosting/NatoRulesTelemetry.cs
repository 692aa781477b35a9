using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NatoRules.Hosting;

/// <summary>
/// What the engine reports to OpenTelemetry or <c>dotnet-counters</c>, all under the name <see cref="Name"/>: an
/// activity per compilation (<c>NatoRules.Compile</c>) and evaluation (<c>NatoRules.Evaluate</c>), and the metrics
/// <c>natorules.compilations</c>, <c>natorules.compilation.duration</c>, <c>natorules.evaluations</c> and
/// <c>natorules.evaluation.duration</c> (in milliseconds; evaluations tagged with their outcome).
/// </summary>
public static class NatoRulesTelemetry
{
    /// <summary>The name of the activity source and of the meter: <c>NatoRules</c>.</summary>
    public const string Name = "NatoRules";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Compilations = Meter.CreateCounter<long>("natorules.compilations", description: "Compilations of rule sources, tagged with whether they had errors.");
    private static readonly Histogram<double> CompilationDuration = Meter.CreateHistogram<double>("natorules.compilation.duration", "ms", "How long a compilation took.");
    private static readonly Counter<long> Evaluations = Meter.CreateCounter<long>("natorules.evaluations", description: "Evaluations through the engine, tagged with their outcome.");
    private static readonly Histogram<double> EvaluationDuration = Meter.CreateHistogram<double>("natorules.evaluation.duration", "ms", "How long an evaluation took.");

    internal static void Compiled(TimeSpan elapsed, bool hasErrors)
    {
        var tag = new KeyValuePair<string, object?>("natorules.has_errors", hasErrors);
        Compilations.Add(1, tag);
        CompilationDuration.Record(elapsed.TotalMilliseconds, tag);
    }

    internal static void Evaluated(TimeSpan elapsed, string outcome)
    {
        var tag = new KeyValuePair<string, object?>("natorules.outcome", outcome);
        Evaluations.Add(1, tag);
        EvaluationDuration.Record(elapsed.TotalMilliseconds, tag);
    }
}
