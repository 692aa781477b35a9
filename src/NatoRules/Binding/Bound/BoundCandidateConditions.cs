using NatoRules.Text;
using NatoRules.Evaluation;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary><c>candidate is national of member</c>: the candidate's nationality is a member of the body on the date.</summary>
internal sealed class BoundCandidateNational(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) => IsNational(state) ? Truth.True : Truth.False;

    private static bool IsNational(EvaluationState state) =>
        state.Candidate.Nationality is { } code && state.Decision.Body.FindMember(code) is { } member && state.Facts.IsMember(member, state.AsOf);

    public override Explained Explain(EvaluationState state)
    {
        var truth = Evaluate(state);
        var nationality = state.Candidate.Nationality;
        var text = nationality is null
            ? $"{state.Candidate.Name} has no nationality stated"
            : $"{state.Candidate.Name} is a national of {nationality}, " + (truth == Truth.True ? "a member" : "not a member")
              + $" of {state.Decision.Body.Name} on {Dates.Iso(state.AsOf)}";
        return new Explained(truth, new Explanation(text, truth.ToText(), Location,
            state.Candidate.Location is { } l ? [l] : [], []), []);
    }
}

/// <summary><c>candidate is withdrawn</c>: the candidate withdrew on or before the date.</summary>
internal sealed class BoundCandidateWithdrawn(SyntaxNode syntax) : BoundCondition(syntax)
{
    public override Truth Evaluate(EvaluationState state) =>
        state.Facts.WithdrawnOn(state.Candidate) is { } date && date <= state.AsOf ? Truth.True : Truth.False;

    public override Explained Explain(EvaluationState state)
    {
        var truth = Evaluate(state);
        var withdrawn = state.Facts.WithdrawnOn(state.Candidate);
        var text = withdrawn is null
            ? $"{state.Candidate.Name} has not withdrawn"
            : $"{state.Candidate.Name} withdraws on {Dates.Iso(withdrawn)}";
        var facts = state.Candidate.WithdrawnLocation is { } l ? new[] { l } : [];
        return new Explained(truth, new Explanation(text, truth == Truth.True ? "withdrawn" : "not withdrawn", Location, facts, []), []);
    }
}
