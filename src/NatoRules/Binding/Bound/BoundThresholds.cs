using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>A threshold on supporters. A threshold that fails is still pending while the silent members could reach it, and is deemed met when the decision's blocking minority did not form.</summary>
internal abstract record BoundThreshold(SyntaxNode Syntax) : BoundCondition(Syntax);

/// <summary><c>at least N supports</c>.</summary>
internal sealed record BoundCountThreshold(SyntaxNode Syntax, long Count) : BoundThreshold(Syntax);

/// <summary>
/// <c>at least P% of members</c>: the count required is <paramref name="Share"/> of the members that count,
/// rounded up (55% of 27 members is 15). <paramref name="Percent"/> is the share as written, for the words.
/// </summary>
internal sealed record BoundMemberShareThreshold(SyntaxNode Syntax, decimal Percent, Rational Share) : BoundThreshold(Syntax);

/// <summary>
/// <c>at least P% of ATTRIBUTE</c>: the supporters' sum of a numeric attribute, such as population, against
/// <paramref name="Share"/> of its total over the members that count, exactly (65% of 448,387,872 is 291,452,116.8).
/// </summary>
internal sealed record BoundAttributeShareThreshold(SyntaxNode Syntax, decimal Percent, Rational Share, string Attribute) : BoundThreshold(Syntax);
