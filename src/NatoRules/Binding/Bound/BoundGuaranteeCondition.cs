using System.Collections.Immutable;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>A requirement on a guarantee, from a decision's <c>guarantees count when ...</c> clause.</summary>
internal abstract record BoundGuaranteeCondition(SyntaxNode Syntax)
{
    /// <summary>The requirement as written.</summary>
    public string Text => Syntax.ToString();
}

/// <summary>A form such as <c>written</c>.</summary>
internal sealed record BoundGuaranteeForm(SyntaxNode Syntax, string Form) : BoundGuaranteeCondition(Syntax);

/// <summary><c>given by candidate</c> or <c>given by NAME</c>; <paramref name="Giver"/> is null for the candidate under decision.</summary>
internal sealed record BoundGuaranteeGiver(SyntaxNode Syntax, string? Giver) : BoundGuaranteeCondition(Syntax);

/// <summary><c>and</c> (<c>&amp;</c>), <c>or</c> (<c>|</c>), <c>all</c>, <c>any</c> and <c>not</c> (<c>!</c>, one operand) over guarantee requirements.</summary>
internal sealed record BoundGuaranteeComposite(SyntaxNode Syntax, char Operator, ImmutableArray<BoundGuaranteeCondition> Operands) : BoundGuaranteeCondition(Syntax);
