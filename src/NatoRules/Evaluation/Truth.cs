namespace NatoRules.Evaluation;

/// <summary>Three-valued truth: a condition can be met, not met, or still waiting on silent members.</summary>
internal enum Truth : byte
{
    False = 0,
    Pending = 1,
    True = 2,
}

internal static class TruthExtensions
{
    public static Truth And(this Truth a, Truth b) => a < b ? a : b;

    public static Truth Or(this Truth a, Truth b) => a > b ? a : b;

    public static Truth Not(this Truth a) => (Truth)(2 - (int)a);

    public static string ToText(this Truth truth) => truth switch
    {
        Truth.True => "met",
        Truth.False => "not met",
        _ => "pending",
    };
}
