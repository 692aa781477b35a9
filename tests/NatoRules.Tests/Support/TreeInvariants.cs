using NatoRules.Fuzz;
using NatoRules.Syntax;

namespace NatoRules.Tests.Support;

/// <summary>Checks what must hold of every syntax tree, whatever the input: the fuzzing oracle's tree checks, one definition for both.</summary>
internal static class TreeInvariants
{
    public static void Check(SyntaxTree tree) => Oracle.CheckTree(tree);
}
