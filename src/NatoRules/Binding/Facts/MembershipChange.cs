using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A member joining or leaving its body on a date.</summary>
/// <param name="Member">The member.</param>
/// <param name="Date">The first day of the new state.</param>
/// <param name="Joins">True for joining, false for leaving.</param>
/// <param name="Location">Where the fact is stated.</param>
public sealed record MembershipChange(MemberSymbol Member, DateOnly Date, bool Joins, Location Location);
