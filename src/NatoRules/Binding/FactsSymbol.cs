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

    /// <summary>The candidates and proposals declared in the facts.</summary>
    public IReadOnlyList<CandidateSymbol> Candidates { get; internal set; } = [];
}
