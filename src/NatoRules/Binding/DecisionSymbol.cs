using NatoRules.Binding.Bound;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>How a body decides one kind of question: its requirements, eligibility conditions and which guarantees count.</summary>
public sealed class DecisionSymbol : Symbol
{
    internal DecisionSymbol(string name, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax)
    {
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Decision;

    /// <summary>The deciding body.</summary>
    public BodySymbol Body { get; internal set; } = null!;

    /// <summary>
    /// The name with its body's, as <c>UNSC.ProceduralMatter</c>: decisions are named within their body, so two
    /// bodies may each have a <c>ProceduralMatter</c>; the short name is accepted wherever it is unique.
    /// </summary>
    public string QualifiedName { get; internal init; } = "";

    /// <summary>The facts sets about this decision's candidates or proposals.</summary>
    public IReadOnlyList<FactsSymbol> Facts { get; internal set; } = [];

    /// <summary>Every candidate or proposal in this decision's facts, in declaration order.</summary>
    public IEnumerable<CandidateSymbol> Candidates => Facts.SelectMany(f => f.Candidates);

    /// <summary>The number of members a blocking minority needs, if the decision has such a clause.</summary>
    public int? BlockingMinority { get; internal set; }

    internal BoundCondition[] Requirements { get; set; } = [];

    /// <summary>The ballots each requirement applies to, by requirement: every ballot unless the clause says (<c>from ballot 4</c>).</summary>
    internal BallotRange[] RequirementBallots { get; set; } = [];

    /// <summary>Whether a majority tied exactly is decided by the body's chair (<c>tie broken by chair</c>); otherwise a tie fails.</summary>
    public bool TieBrokenByChair { get; internal set; }

    /// <summary>The members that must be present for a vote to count, if the decision has a <c>quorum</c> clause.</summary>
    internal BoundThreshold? Quorum { get; set; }

    internal BoundCondition[] Eligibility { get; set; } = [];

    internal BoundGuaranteeCondition? GuaranteePolicy { get; set; }
}
