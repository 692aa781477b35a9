using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary><c>candidate is national of member</c>: the candidate's nationality is a member of the body on the date.</summary>
internal sealed record BoundCandidateNational(SyntaxNode Syntax) : BoundCondition(Syntax);

/// <summary><c>candidate is withdrawn</c>: the candidate withdrew on or before the date.</summary>
internal sealed record BoundCandidateWithdrawn(SyntaxNode Syntax) : BoundCondition(Syntax);
