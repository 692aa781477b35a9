using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NatoRules.Analysis;
using NatoRules.Diagnostics;

namespace NatoRules.Hosting;

/// <summary>Configures NatoRules in a service collection; returned by <c>AddNatoRules()</c>.</summary>
public sealed class NatoRulesBuilder
{
    internal NatoRulesBuilder(IServiceCollection services, NatoRulesOptions options)
    {
        Services = services;
        Options = options;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>The options the engine will use.</summary>
    public NatoRulesOptions Options { get; }

    /// <summary>Adds an analyzer; it runs on every compilation without errors.</summary>
    public NatoRulesBuilder AddAnalyzer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : RuleAnalyzer
    {
        Services.AddSingleton<RuleAnalyzer, T>();
        return this;
    }

    /// <summary>Sets the severity of a diagnostic id (<see cref="DiagnosticSeverity.Hidden"/>: not reported).</summary>
    public NatoRulesBuilder WithSeverity(string id, DiagnosticSeverity severity)
    {
        Options.Severities[id] = severity;
        return this;
    }

    /// <summary>Replaces the compiled-rule cache.</summary>
    public NatoRulesBuilder WithRuleSetCache<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : class, IRuleSetCache
    {
        Services.Replace(ServiceDescriptor.Singleton<IRuleSetCache, T>());
        return this;
    }

    /// <summary>Replaces the engine.</summary>
    public NatoRulesBuilder WithEngine<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : class, IRuleEngine
    {
        Services.Replace(ServiceDescriptor.Singleton<IRuleEngine, T>());
        return this;
    }
}

/// <summary>Registers NatoRules with Microsoft.Extensions.DependencyInjection.</summary>
public static class NatoRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRuleEngine"/> (singleton, thread-safe), the compiled-rule cache <see cref="IRuleSetCache"/>
    /// (singleton) and the options; evaluation state is per call.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets limits and severities.</param>
    public static NatoRulesBuilder AddNatoRules(this IServiceCollection services, Action<NatoRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new NatoRulesOptions();
        configure?.Invoke(options);
        services.TryAddSingleton(options);
        services.TryAddSingleton<IRuleSetCache, RuleSetCache>();
        services.TryAddSingleton<IRuleEngine>(provider =>
            new RuleEngine(provider.GetRequiredService<NatoRulesOptions>(), provider.GetServices<RuleAnalyzer>()));
        return new NatoRulesBuilder(services, options);
    }
}
