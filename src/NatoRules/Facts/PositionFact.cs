using NatoRules.Binding;
using NatoRules.Text;

namespace NatoRules.Facts;

/// <summary>A member's dated position on a candidate or proposal, possibly conditional on a guarantee.</summary>
/// <param name="Member">The member.</param>
/// <param name="Candidate">The candidate or proposal.</param>
/// <param name="Date">The day the position was taken.</param>
/// <param name="Stance">The position.</param>
/// <param name="Condition">Whether and how it depends on a guarantee.</param>
/// <param name="Matter">The matter of that guarantee, if any.</param>
/// <param name="Location">Where the fact is stated.</param>
public sealed record PositionFact(
    MemberSymbol Member,
    CandidateSymbol Candidate,
    DateOnly Date,
    Stance Stance,
    PositionConditionKind Condition,
    MatterSymbol? Matter,
    Location Location);
