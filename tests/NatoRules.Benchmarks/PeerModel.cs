namespace NatoRules.Benchmarks;

/// <summary>A member's state on the date, as RulesEngine and NRules take it.</summary>
public sealed class MemberState
{
    public string Code { get; set; } = "";
    public bool Counts { get; set; }
    public string Stance { get; set; } = "silent";
    public string? Unless { get; set; }
    public long Population { get; set; }
    public bool Permanent { get; set; }
}

/// <summary>A guarantee given by the date.</summary>
public sealed class GuaranteeState
{
    public string Matter { get; set; } = "";
    public string Giver { get; set; } = "";
    public string Receiver { get; set; } = "";
    public string Form { get; set; } = "";
}

/// <summary>The whole input of one decision.</summary>
public sealed class DecisionInput
{
    public string Candidate { get; set; } = "";
    public List<MemberState> Members { get; set; } = [];
    public List<GuaranteeState> Guarantees { get; set; } = [];
}
