using NatoRules.Binding.Bound;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A named condition that decisions and other rules refer to.</summary>
public sealed class RuleSymbol : Symbol
{
    internal RuleSymbol(string name, Location? location, RuleDeclarationSyntax syntax)
        : base(name, location, syntax) => Syntax = syntax;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Rule;

    internal RuleDeclarationSyntax Syntax { get; }

    internal BoundCondition Condition { get; set; } = null!;

    /// <summary>The rule's number in its compilation: where an evaluation keeps the rule's result, so a rule named twice is evaluated once.</summary>
    internal int Ordinal { get; init; }
}
