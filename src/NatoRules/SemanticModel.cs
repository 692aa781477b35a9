using NatoRules.Binding;
using NatoRules.Syntax;

namespace NatoRules;

/// <summary>Answers questions about one syntax tree of a compilation: what a name refers to, what a declaration declares.</summary>
public sealed class SemanticModel
{
    internal SemanticModel(Compilation compilation, SyntaxTree tree)
    {
        Compilation = compilation;
        SyntaxTree = tree;
    }

    /// <summary>The compilation.</summary>
    public Compilation Compilation { get; }

    /// <summary>The tree this model is about.</summary>
    public SyntaxTree SyntaxTree { get; }

    /// <summary>The symbol a name refers to, or null if it does not bind.</summary>
    public Symbol? GetSymbol(NameSyntax name) => Compilation.SymbolOf(name);

    /// <summary>The symbol a declaration declares (a body, member, decision, rule, matter, facts, candidate or test), or null.</summary>
    public Symbol? GetDeclaredSymbol(SyntaxNode declaration) => declaration is NameSyntax ? null : Compilation.SymbolOf(declaration);

    /// <summary>The symbol the name or declaration at <paramref name="position"/> stands for, or null.</summary>
    public Symbol? GetSymbolAt(int position)
    {
        // Down from the root through the one child whose text holds the position: the innermost match wins.
        Symbol? best = null;
        for (SyntaxNode? node = SyntaxTree.Root; node is not null; node = node.ChildContaining(position) as SyntaxNode)
        {
            if (node.Span.Contains(position) && Compilation.SymbolOf(node) is { } symbol)
                best = symbol;
        }
        return best;
    }
}
