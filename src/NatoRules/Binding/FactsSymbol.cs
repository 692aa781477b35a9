using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A named set of facts about candidates or proposals for one or more decisions.</summary>
public sealed class FactsSymbol : Symbol
{
    internal FactsSymbol(string name, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax)
    {
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Facts;

    /// <summary>The decisions the facts are for.</summary>
    public IReadOnlyList<DecisionSymbol> Decisions { get; internal set; } = [];

    // A decision it names failed to bind (NR2006, or facts for two bodies): what follows from the
    // missing decision is not reported again, as Roslyn reports nothing more on a symbol that failed.
    internal bool HasUnboundDecision { get; set; }

    /// <summary>
    /// The seats an election among these candidates fills (<c>seats 2;</c>), if the facts are of one: of the candidates
    /// that meet the decision's requirements, those with the most supports fill them; null for a question decided alone.
    /// </summary>
    public int? Seats { get; internal set; }

    /// <summary>The candidates and proposals declared in the facts.</summary>
    public IReadOnlyList<CandidateSymbol> Candidates { get; internal set; } = [];
}
