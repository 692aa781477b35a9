using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NatoRules.Analysis;
using NatoRules.Diagnostics;

namespace NatoRules.Hosting;

/// <summary>Configures NatoRules in a service collection; returned by <c>AddNatoRules()</c>.</summary>
public sealed class NatoRulesBuilder
{
    internal NatoRulesBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds an analyzer; it runs on every compilation without errors.</summary>
    public NatoRulesBuilder AddAnalyzer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] T>() where T : RuleAnalyzer
    {
        Services.AddSingleton<RuleAnalyzer, T>();
        return this;
    }

    /// <summary>Sets the severity of a diagnostic id (<see cref="DiagnosticSeverity.Hidden"/>: not reported).</summary>
    public NatoRulesBuilder WithSeverity(string id, DiagnosticSeverity severity)
    {
        Services.Configure<NatoRulesOptions>(options => options.Severities[id] = severity);
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
    /// (singleton) and the options as <see cref="IOptions{TOptions}"/> of <see cref="NatoRulesOptions"/>; evaluation
    /// state is per call. Called more than once, the registrations are made once and every <paramref name="configure"/> applies, in order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets limits and severities.</param>
    public static NatoRulesBuilder AddNatoRules(this IServiceCollection services, Action<NatoRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NatoRulesOptions>();
        if (configure is not null)
            services.Configure(configure);
        services.TryAddSingleton<IRuleSetCache, RuleSetCache>();
        services.TryAddSingleton<IRuleEngine>(provider => new RuleEngine(
            provider.GetRequiredService<IOptions<NatoRulesOptions>>().Value, provider.GetServices<RuleAnalyzer>(),
            provider.GetService<ILogger<RuleEngine>>()));
        return new NatoRulesBuilder(services);
    }

    /// <summary>
    /// Registers NatoRules as <see cref="AddNatoRules(IServiceCollection, Action{NatoRulesOptions}?)"/> does, with the options
    /// bound from <paramref name="configuration"/> (such as <c>configuration.GetSection("NatoRules")</c>): <c>MaxEvaluationSteps</c>,
    /// <c>MaxSourceLength</c>, <c>Severities:NR3003</c> = <c>Error</c>, and the rest of <see cref="NatoRulesOptions"/>'s properties.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the options.</param>
    public static NatoRulesBuilder AddNatoRules(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddNatoRules();
        services.Configure<NatoRulesOptions>(configuration);
        return builder;
    }
}
