using System.Collections.Immutable;
using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary><c>and</c>, <c>all(...)</c> (<paramref name="IsAll"/>), <c>or</c> and <c>any(...)</c> over bound operands.</summary>
internal sealed record BoundComposite(SyntaxNode Syntax, bool IsAll, ImmutableArray<BoundCondition> Operands) : BoundCondition(Syntax)
{
    public override IEnumerable<BoundCondition> DescendantsAndSelf() => [this, .. Operands.SelectMany(o => o.DescendantsAndSelf())];
}

/// <summary><c>not</c>; <c>candidate is not withdrawn</c> is one piece of syntax for the negation and its operand.</summary>
internal sealed record BoundNot(SyntaxNode Syntax, BoundCondition Operand) : BoundCondition(Syntax)
{
    public override IEnumerable<BoundCondition> DescendantsAndSelf() => [this, .. Operand.DescendantsAndSelf()];
}

/// <summary>A reference to a named rule.</summary>
internal sealed record BoundRuleReference(SyntaxNode Syntax, RuleSymbol Rule) : BoundCondition(Syntax);

/// <summary>A condition that failed to bind; it is never evaluated, since its compilation has errors.</summary>
internal sealed record BoundError(SyntaxNode Syntax) : BoundCondition(Syntax);
