namespace NatoRules.Syntax;

public sealed partial class CompilationUnitSyntax
{
    // The tree this root belongs to, set once the tree is made.
    internal SyntaxTree? Tree { get; set; }
}
