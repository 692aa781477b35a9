using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>
/// <c>consensus [of SELECTOR] [minus N]</c>: no selected member objects, or no more than <paramref name="Minus"/> do
/// (the OSCE's consensus minus one); silence is consent.
/// </summary>
internal sealed record BoundConsensus(SyntaxNode Syntax, BoundSelector Selector, int Minus = 0) : BoundCondition(Syntax);

/// <summary><c>unanimity [of SELECTOR]</c>: every selected member supports explicitly; abstention allowed or not.</summary>
internal sealed record BoundUnanimity(SyntaxNode Syntax, bool AbstentionAllowed, BoundSelector Selector) : BoundCondition(Syntax);

/// <summary><c>no veto [from SELECTOR]</c>: no veto holder objects; abstaining or absent holders do not veto.</summary>
internal sealed record BoundNoVeto(SyntaxNode Syntax, BoundSelector Holders) : BoundCondition(Syntax);

/// <summary><c>no backing of rivals</c>: a member that backs a rival candidate still running does not join consensus on this one.</summary>
internal sealed record BoundNoRivalBacking(SyntaxNode Syntax) : BoundCondition(Syntax);
