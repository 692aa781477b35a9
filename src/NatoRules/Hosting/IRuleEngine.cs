using NatoRules.Evaluation;
using NatoRules.Facts;

namespace NatoRules.Hosting;

/// <summary>Compiles rules and evaluates decisions. Registered by <c>AddNatoRules()</c>; thread-safe.</summary>
public interface IRuleEngine
{
    /// <summary>Compiles <paramref name="sources"/>; never throws on bad input: check <see cref="RuleSet.HasErrors"/>.</summary>
    RuleSet TryCompile(IEnumerable<RuleSource> sources, CancellationToken cancellationToken = default);

    /// <summary>Compiles <paramref name="sources"/>.</summary>
    /// <exception cref="RuleCompilationException">The sources have errors.</exception>
    RuleSet Compile(IEnumerable<RuleSource> sources, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates <paramref name="decision"/> for <paramref name="candidate"/> as of <paramref name="asOf"/>, over the rule set's facts
    /// and, when given, <paramref name="facts"/> (from <see cref="Facts.FactsBuilder"/> or JSON).
    /// </summary>
    /// <exception cref="RuleCompilationException">The rule set, or the rules with the extra facts, have errors.</exception>
    /// <exception cref="UnknownNameException">There is no such decision or candidate; the message suggests the nearest.</exception>
    /// <exception cref="EvaluationLimitExceededException">The evaluation needs more steps than the options allow.</exception>
    Verdict Evaluate(RuleSet rules, string decision, string candidate, DateOnly asOf, FactsDocument? facts = null,
        CancellationToken cancellationToken = default);
}
