using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>A requirement on a guarantee, from a decision's <c>guarantees count when ...</c> clause.</summary>
internal abstract class BoundGuaranteeCondition(SyntaxNode syntax)
{
    private string? _text;

    public SyntaxNode Syntax { get; } = syntax;

    public string Text => _text ??= Syntax.ToString();

    public abstract bool Accepts(GuaranteeFact guarantee, CandidateSymbol candidate);
}

/// <summary>A form such as <c>written</c>.</summary>
internal sealed class BoundGuaranteeForm(SyntaxNode syntax, string form) : BoundGuaranteeCondition(syntax)
{
    public string Form { get; } = form;

    public override bool Accepts(GuaranteeFact guarantee, CandidateSymbol candidate) =>
        string.Equals(guarantee.Form, Form, StringComparison.Ordinal);
}

/// <summary><c>given by candidate</c> or <c>given by NAME</c>.</summary>
internal sealed class BoundGuaranteeGiver(SyntaxNode syntax, string? giver) : BoundGuaranteeCondition(syntax)
{
    /// <summary>The required giver; null for the candidate under decision.</summary>
    public string? Giver { get; } = giver;

    public override bool Accepts(GuaranteeFact guarantee, CandidateSymbol candidate) =>
        Giver is null ? ReferenceEquals(guarantee.GiverCandidate, candidate) : string.Equals(guarantee.Giver, Giver, StringComparison.Ordinal);
}

/// <summary><c>and</c>, <c>or</c>, <c>all</c>, <c>any</c> and <c>not</c> over guarantee requirements.</summary>
internal sealed class BoundGuaranteeComposite(SyntaxNode syntax, char op, BoundGuaranteeCondition[] operands) : BoundGuaranteeCondition(syntax)
{
    public override bool Accepts(GuaranteeFact guarantee, CandidateSymbol candidate)
    {
        if (op == '!')
            return !operands[0].Accepts(guarantee, candidate);
        // A loop rather than LINQ: this runs on the evaluator's allocation-free path.
        foreach (var operand in operands)
            if (operand.Accepts(guarantee, candidate) != (op == '&'))
                return op != '&';
        return op == '&';
    }
}
