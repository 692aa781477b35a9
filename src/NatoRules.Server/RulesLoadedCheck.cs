using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace NatoRules.Server;

/// <summary>Ready once a rule set has compiled and is in service; unhealthy until then, with why.</summary>
internal sealed class RulesLoadedCheck(RuleLibrary library) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(library.Current is { } rules
            ? HealthCheckResult.Healthy($"generation {library.Generation}: {rules.Compilation.Decisions.Count} decisions")
            : HealthCheckResult.Unhealthy(library.LoadError ?? "the rules have errors and no earlier version compiled"));
}
