namespace NatoRules.Evaluation;

/// <summary>The outcome of a decision for a candidate or proposal on a date.</summary>
public enum Outcome
{
    /// <summary>Every requirement is met: the candidate can be appointed, the proposal adopted.</summary>
    Approved,
    /// <summary>A requirement fails: a member blocks, or a threshold cannot be reached.</summary>
    Blocked,
    /// <summary>Nothing blocks, but a requirement waits on members who have taken no position.</summary>
    Pending,
    /// <summary>The candidate does not meet the eligibility conditions (or is not yet declared).</summary>
    Ineligible,
    /// <summary>A vote was held and the requirements were not met at it: the proposal failed, and waits for nobody.</summary>
    Rejected,
}

/// <summary>Text forms of outcomes, as the language and the outputs write them.</summary>
public static class OutcomeText
{
    /// <summary>The lower-case word: <c>approved</c>, <c>blocked</c>, <c>pending</c>, <c>ineligible</c> or <c>rejected</c>.</summary>
    public static string ToText(this Outcome outcome) => outcome switch
    {
        Outcome.Approved => "approved",
        Outcome.Blocked => "blocked",
        Outcome.Pending => "pending",
        Outcome.Rejected => "rejected",
        _ => "ineligible",
    };
}
