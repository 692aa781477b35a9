using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A candidate for an appointment, or a proposal put to a decision.</summary>
public sealed class CandidateSymbol : Symbol
{
    internal CandidateSymbol(string name, string? title, bool isProposal, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax)
    {
        Title = title;
        IsProposal = isProposal;
    }

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Candidate;

    /// <summary>The candidate's number in its compilation, in declaration order: where the fact base keeps its positions.</summary>
    internal int Ordinal { get; init; }

    /// <summary>The descriptive title, if given.</summary>
    public string? Title { get; }

    /// <summary>Whether this is a proposal (a text) rather than a person.</summary>
    public bool IsProposal { get; }

    /// <summary>The member code of the candidate's nationality, if given.</summary>
    public string? Nationality { get; internal set; }

    /// <summary>The body of the decisions the candidate is for (those of its facts), or null.</summary>
    internal BodySymbol? Body => Facts.Decisions is [var first, ..] ? first.Body : null;

    /// <summary>The member <see cref="Nationality"/> names, as bound, so an evaluation need not look it up.</summary>
    internal MemberSymbol? NationalOf { get; set; }

    /// <summary>When the candidacy was declared, if known; before it, the candidate is not eligible.</summary>
    public DateOnly? Declared { get; internal set; }

    /// <summary>When the candidate withdrew, if they did; from then on, the candidate is not eligible.</summary>
    public DateOnly? Withdrawn { get; internal set; }

    /// <summary>Where the withdrawal is stated.</summary>
    public Location? WithdrawnLocation { get; internal set; }

    /// <summary>The facts that declare the candidate.</summary>
    public FactsSymbol Facts { get; internal set; } = null!;
}
