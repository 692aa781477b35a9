using NatoRules.Syntax;

namespace NatoRules.Rules.Tests;

/// <summary>The shipped rule library, every file under <c>rules/</c> compiled together once for all the tests here.</summary>
internal static class RuleLibrary
{
    private static readonly Lazy<Compilation> s_compilation = new(() => Compilation.Create(
        Directory.GetFiles(Path.Combine(TestSupport.RepositoryRoot.Path, "rules"), "*.rules", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(File.ReadAllText(path), Path.GetRelativePath(TestSupport.RepositoryRoot.Path, path)))));

    public static Compilation Compilation => s_compilation.Value;
}
