namespace NatoRules.Binding;

/// <summary>A period of membership: from <see cref="From"/> (inclusive) until <see cref="Until"/> (exclusive), or open-ended.</summary>
/// <param name="From">The first day as a member.</param>
/// <param name="Until">The first day no longer a member; null while still a member.</param>
public readonly record struct Membership(DateOnly From, DateOnly? Until)
{
    /// <summary>Whether the period covers <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= From && (Until is null || date < Until.Value);

    /// <summary>Whether the period is an elected member's <c>term</c>; outside its terms such a member is not sitting.</summary>
    public bool IsTerm { get; init; }
}
