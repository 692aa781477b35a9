using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>What a symbol names.</summary>
public enum SymbolKind
{
    /// <summary>A deciding body.</summary>
    Body,
    /// <summary>A member of a body.</summary>
    Member,
    /// <summary>A decision rule of a body.</summary>
    Decision,
    /// <summary>A named condition.</summary>
    Rule,
    /// <summary>A matter guarantees cover.</summary>
    Matter,
    /// <summary>A set of facts.</summary>
    Facts,
    /// <summary>A candidate or proposal.</summary>
    Candidate,
    /// <summary>A test written in the language.</summary>
    Test,
}

/// <summary>Something declared in rule files (or facts documents) that other places refer to by name.</summary>
public abstract class Symbol
{
    private protected Symbol(string name, Location? location, SyntaxNode? declaringSyntax)
    {
        Name = name;
        Location = location;
        DeclaringSyntax = declaringSyntax;
    }

    /// <summary>The name, as declared.</summary>
    public string Name { get; }

    /// <summary>What the symbol names.</summary>
    public abstract SymbolKind Kind { get; }

    /// <summary>Where the name is declared; null for a symbol declared only implicitly.</summary>
    public Location? Location { get; }

    /// <summary>The declaration's syntax, when it comes from a rule file.</summary>
    public SyntaxNode? DeclaringSyntax { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} {Name}";
}
