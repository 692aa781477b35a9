using NatoRules.Diagnostics;
using NatoRules.Syntax.Parsing;
using NatoRules.Text;

namespace NatoRules.Syntax;

/// <summary>The parsed form of one source file: an immutable tree that keeps every character, and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, InternalSyntax.GreenNode root, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Root = (CompilationUnitSyntax)root.CreateRed(null, 0);
        Root.Tree = this;
        Diagnostics = diagnostics;
    }

    /// <summary>The source text.</summary>
    public SourceText Text { get; }

    /// <summary>The root of the tree.</summary>
    public CompilationUnitSyntax Root { get; }

    /// <summary>The syntax diagnostics, in source order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The path of the source.</summary>
    public string Path => Text.Path;

    /// <summary>Parses <paramref name="text"/>. Never throws on bad input: errors become diagnostics.</summary>
    public static SyntaxTree Parse(SourceText text, ParseOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var root = new Parser(text, options ?? ParseOptions.Default, diagnostics).ParseCompilationUnit();
        return new SyntaxTree(text, root, diagnostics.ToSortedList());
    }

    /// <summary>Parses <paramref name="text"/> read from <paramref name="path"/>.</summary>
    public static SyntaxTree Parse(string text, string path = "", ParseOptions? options = null) =>
        Parse(SourceText.From(text, path), options);

    /// <summary>
    /// A tree of a root built or changed in code (<see cref="SyntaxFactory"/>, <see cref="SyntaxRewriter"/>): its text is
    /// the root's full text, its diagnostics none (parse the text again to check it).
    /// </summary>
    public static SyntaxTree Create(CompilationUnitSyntax root, string path = "")
    {
        ArgumentNullException.ThrowIfNull(root);
        return new SyntaxTree(SourceText.From(root.ToFullString(), path), root.Green, []);
    }

    /// <summary>Every token of the file in order, the end-of-file token last.</summary>
    public IEnumerable<SyntaxToken> Tokens => Root.DescendantTokens();
}
