using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>A threshold on supporters. A threshold that fails is still pending while the silent members could reach it, and is deemed met when the decision's blocking minority did not form.</summary>
internal abstract record BoundThreshold(SyntaxNode Syntax) : BoundCondition(Syntax);

/// <summary><c>at least N supports</c>, or with <paramref name="Strict"/> <c>more than N supports</c>.</summary>
internal sealed record BoundCountThreshold(SyntaxNode Syntax, long Count, bool Strict = false) : BoundThreshold(Syntax)
{
    /// <summary>The supports required: <see cref="Count"/>, or one more when more than it are asked for.</summary>
    public long Required => Strict && Count < long.MaxValue ? Count + 1 : Count;
}

/// <summary>
/// <c>at least P% of members</c>, <c>at least 2/3 of members</c>, or with <paramref name="Strict"/> <c>more than
/// half of members</c>: the count required is the smallest that reaches <paramref name="Share"/> of the members that
/// count (55% of 27 members is 15, two thirds of 54 is 36), or exceeds it (more than half of 54 is 28).
/// <paramref name="Words"/> is the share as written, for the words (<c>55%</c>, <c>2/3</c>, <c>half</c>).
/// </summary>
internal sealed record BoundMemberShareThreshold(SyntaxNode Syntax, string Words, Rational Share, bool Strict = false) : BoundThreshold(Syntax);

/// <summary>
/// <c>at least P% of ATTRIBUTE</c> (or a fraction, or <c>more than</c> with <paramref name="Strict"/>): the supporters'
/// sum of a numeric attribute, such as population, against <paramref name="Share"/> of its total over the members
/// that count, exactly (65% of 448,387,872 is 291,452,116.8).
/// </summary>
internal sealed record BoundAttributeShareThreshold(SyntaxNode Syntax, string Words, Rational Share, string Attribute, bool Strict = false) : BoundThreshold(Syntax);
