using NatoRules.Diagnostics;

namespace NatoRules.Hosting;

/// <summary>
/// Compiled rules: the compilation and its diagnostics (analyzers' included, severities applied).
/// Immutable and safe to evaluate from many threads at once.
/// </summary>
public sealed class RuleSet
{
    internal RuleSet(Compilation compilation, IReadOnlyList<Diagnostic> diagnostics)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    /// <summary>The compilation.</summary>
    public Compilation Compilation { get; }

    /// <summary>Every diagnostic, after the configured severities.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error; such a rule set cannot be evaluated.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>Thrown by <see cref="IRuleEngine.Compile"/> when the sources have errors.</summary>
public sealed class RuleCompilationException : Exception
{
    /// <summary>Creates the exception for a rule set with errors.</summary>
    public RuleCompilationException(RuleSet ruleSet)
        : base(Describe(ruleSet)) => RuleSet = ruleSet;

    /// <summary>The rule set, with its diagnostics.</summary>
    public RuleSet? RuleSet { get; }

    /// <summary>Creates the exception.</summary>
    public RuleCompilationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public RuleCompilationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RuleCompilationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    private static string Describe(RuleSet ruleSet)
    {
        var errors = ruleSet.Diagnostics.Where(d => d.IsError).ToList();
        return $"The rules have {errors.Count} error(s): " + string.Join("; ", errors.Take(5).Select(d => d.ToString()));
    }
}

/// <summary>
/// Thrown by <see cref="IRuleEngine.Evaluate"/> for a decision or candidate the rules do not have: it names
/// what was asked for and, where one is close, the name that was probably meant.
/// </summary>
public sealed class UnknownNameException : ArgumentException
{
    /// <summary>Creates the exception for an unknown <paramref name="kind"/> (<c>decision</c>, <c>candidate or proposal</c>).</summary>
    public UnknownNameException(string kind, string name, string? suggestion)
        : base($"There is no {kind} '{name}'" + (suggestion is null ? "." : $"; did you mean '{suggestion}'?"))
    {
        Kind = kind;
        Name = name;
        Suggestion = suggestion;
    }

    /// <summary>Creates the exception.</summary>
    public UnknownNameException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public UnknownNameException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public UnknownNameException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>What was asked for: <c>decision</c>, or <c>candidate or proposal</c>.</summary>
    public string? Kind { get; }

    /// <summary>The name asked for.</summary>
    public string? Name { get; }

    /// <summary>The nearest name the rules have, if one is close.</summary>
    public string? Suggestion { get; }
}
