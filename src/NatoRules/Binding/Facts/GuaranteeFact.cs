using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A guarantee given: its matter, who gave it to which member, its form and its date.</summary>
/// <param name="Matter">The matter it covers.</param>
/// <param name="Giver">The name of the giver: a candidate or a member.</param>
/// <param name="GiverCandidate">The giver as a candidate, when it is one.</param>
/// <param name="Receiver">The member it was given to.</param>
/// <param name="Form">The form, such as <c>written</c> or <c>oral</c>.</param>
/// <param name="Date">When it was given.</param>
/// <param name="Description">What it says, if stated.</param>
/// <param name="Location">Where the fact is stated.</param>
public sealed record GuaranteeFact(
    MatterSymbol Matter,
    string Giver,
    CandidateSymbol? GiverCandidate,
    MemberSymbol Receiver,
    string Form,
    DateOnly Date,
    string? Description,
    Location Location);
