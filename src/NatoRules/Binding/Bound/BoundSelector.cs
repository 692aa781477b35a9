using NatoRules.Evaluation;
using NatoRules.Facts;
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
internal sealed class BoundSelector
{
    public BoundSelector(MemberSelectorSyntax? syntax, string? flag, DateOnly? on, bool exceptCandidate, string? exceptMember)
    {
        Syntax = syntax;
        Flag = flag;
        On = on;
        ExceptCandidate = exceptCandidate;
        ExceptMember = exceptMember;
        _allowed = new PerBody<bool[]>(body => [.. body.Members.Select(m =>
            (flag is null || m.Flags.Contains(flag)) && !string.Equals(m.Name, exceptMember, StringComparison.Ordinal))]);
    }

    /// <summary>Every member that counts on the evaluation's date.</summary>
    public static BoundSelector Everyone { get; } = new(null, null, null, false, null);

    public MemberSelectorSyntax? Syntax { get; }

    public string? Flag { get; }

    public DateOnly? On { get; }

    public bool ExceptCandidate { get; }

    public string? ExceptMember { get; }

    /// <summary>Whether this is every member that counts, so the state's own tallies answer for it.</summary>
    public bool IsEveryone => Flag is null && On is null && !ExceptCandidate && ExceptMember is null;

    // What does not depend on the date: the flag and the member left out, by member index, per body.
    private readonly PerBody<bool[]> _allowed;

    /// <summary>Whether member <paramref name="index"/> is among the selected members in this evaluation.</summary>
    public bool Includes(EvaluationState state, int index)
    {
        if (IsEveryone)
            return state.Counts[index];
        if (!_allowed.For(state.Decision.Body)[index])
            return false;
        if (ExceptCandidate && ReferenceEquals(state.Candidate.NationalOf, state.Members[index]))
            return false;
        return On is { } on ? state.Facts.IsMember(state.Members[index], on) : state.Counts[index];
    }

    /// <summary>How the selected members stand.</summary>
    public Tallies Tally(EvaluationState state)
    {
        if (IsEveryone)
            return state.Tallies;
        int supports = 0, objections = 0, abstentions = 0, silent = 0;
        for (var i = 0; i < state.Members.Length; i++)
        {
            if (!Includes(state, i))
                continue;
            switch (state.Stances[i])
            {
                case Stance.Supports: supports++; break;
                case Stance.Objects: objections++; break;
                case Stance.Abstains: abstentions++; break;
                default: silent++; break;
            }
        }
        return new Tallies(supports, objections, abstentions, silent, state.Members.Length - supports - objections - abstentions - silent);
    }

    /// <summary>The selector in words, for explanations: empty for every member.</summary>
    public string Words => Syntax is null ? "" : Syntax.ToString();
}
