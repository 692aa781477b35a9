namespace NatoRules.Evaluation;

/// <summary>
/// Thrown when an evaluation takes more steps than <see cref="Hosting.NatoRulesOptions.MaxEvaluationSteps"/> allows, or a test
/// run more than its compilation's budget (<see cref="Compilation.MaxSteps"/>).
/// </summary>
public sealed class EvaluationLimitExceededException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EvaluationLimitExceededException(long limit)
        : base($"The evaluation took more than {limit} steps, the configured limit.") => Limit = limit;

    // A limit other than one evaluation's, said in the message.
    internal EvaluationLimitExceededException(string message, long limit)
        : base(message) => Limit = limit;

    /// <summary>Creates the exception with a message.</summary>
    public EvaluationLimitExceededException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public EvaluationLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public EvaluationLimitExceededException()
    {
    }

    /// <summary>The limit that was exceeded.</summary>
    public long Limit { get; }
}
