using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A matter a guarantee covers, such as Hungary's opt-out from NATO's Ukraine support plans.</summary>
public sealed class MatterSymbol : Symbol
{
    internal MatterSymbol(string name, string? description, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax) => Description = description;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Matter;

    /// <summary>What the matter is, if described.</summary>
    public string? Description { get; internal set; }
}
