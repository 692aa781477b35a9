using NatoRules.Text;
using NatoRules.Evaluation;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary><c>candidate is national of member</c>: the candidate's nationality is a member of the body on the date.</summary>
internal sealed class BoundCandidateNational(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) => IsNational(state) ? Truth.True : Truth.False;

    private static bool IsNational(EvaluationState state) =>
        NationalMember(state) is { } member && state.Facts.IsMember(member, state.AsOf);

    private static MemberSymbol? NationalMember(EvaluationState state)
    {
        var body = state.Decision.Body;
        if (state.Candidate.NationalOf is { } bound && ReferenceEquals(bound.Body, body))
            return bound;
        return state.Candidate.Nationality is { } code ? body.FindMember(code) : null;
    }

    public override Explained Explain(EvaluationState state)
    {
        var truth = Evaluate(state);
        return new Explained(truth, state.BuildsSteps ? Step(state.Candidate, state.Decision.Body, state.AsOf, truth) : null, []);
    }

    private Explanation Step(CandidateSymbol candidate, BodySymbol body, DateOnly asOf, Truth truth) =>
        Explanation.Of((candidate, body, asOf, truth), static v => v.candidate.Nationality is not { } nationality
                ? $"{v.candidate.Name} has no nationality stated"
                : $"{v.candidate.Name} is a national of {nationality}, " + (v.truth == Truth.True ? "a member" : "not a member")
                  + $" of {v.body.Name} on {Dates.Iso(v.asOf)}",
            truth.ToText(), Location, candidate.Location is { } l ? [l] : [], []);
}

/// <summary><c>candidate is withdrawn</c>: the candidate withdrew on or before the date.</summary>
internal sealed class BoundCandidateWithdrawn(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) =>
        state.Facts.WithdrawnOn(state.Candidate) is { } date && date <= state.AsOf ? Truth.True : Truth.False;

    public override Explained Explain(EvaluationState state)
    {
        var truth = Evaluate(state);
        return new Explained(truth, state.BuildsSteps ? Step(state.Candidate, state.Facts.WithdrawnOn(state.Candidate), truth) : null, []);
    }

    private Explanation Step(CandidateSymbol candidate, DateOnly? withdrawn, Truth truth) =>
        Explanation.Of((candidate, withdrawn), static v => v.withdrawn is null
                ? $"{v.candidate.Name} has not withdrawn"
                : $"{v.candidate.Name} withdraws on {Dates.Iso(v.withdrawn)}",
            truth == Truth.True ? "withdrawn" : "not withdrawn", Location, candidate.WithdrawnLocation is { } l ? [l] : [], []);
}
