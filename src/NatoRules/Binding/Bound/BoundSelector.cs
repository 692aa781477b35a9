using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>
/// The members a condition speaks of (<c>members where FLAG on DATE except candidate</c>): by
/// default every member that counts on the evaluation's date. With <c>on DATE</c>, membership is
/// read on that date instead (the parties to an accession protocol are the members on the day it was
/// signed, whoever joins later); with <c>except candidate</c>, the member the candidate or proposal
/// is a national of is left out (a state is never a party to its own accession); <c>except M</c>
/// leaves out member M.
/// </summary>
/// With <c>where not FLAG</c> (<paramref name="WithoutFlag"/>), the members without the flag (<c>members where not suspended</c>).
internal sealed record BoundSelector(MemberSelectorSyntax? Syntax, string? Flag, DateOnly? On, bool ExceptCandidate, string? ExceptMember,
    bool WithoutFlag = false)
{
    /// <summary>Every member that counts on the evaluation's date.</summary>
    public static BoundSelector Everyone { get; } = new(null, null, null, false, null);

    /// <summary>Whether this is every member that counts, so an evaluation's own tallies answer for it.</summary>
    public bool IsEveryone => Flag is null && On is null && !ExceptCandidate && ExceptMember is null;

    /// <summary>The selector in words, for explanations: empty for every member.</summary>
    public string Words => Syntax is null ? "" : Syntax.ToString();
}
