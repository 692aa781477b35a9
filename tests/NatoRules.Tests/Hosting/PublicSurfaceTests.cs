using NatoRules.Tests.Support;

namespace NatoRules.Tests.Hosting;

public sealed class PublicSurfaceTests
{
    [Test]
    public void Every_public_type_is_listed_in_docs_embedding_and_documented()
    {
        var docs = File.ReadAllText(Repository.PathOf("docs", "embedding.md"));
        var types = typeof(Compilation).Assembly.GetExportedTypes();
        foreach (var type in types.Where(t => !t.Name.EndsWith("Syntax", StringComparison.Ordinal)))
            docs.ShouldContain($"`{CSharpName(type)}`", customMessage: $"{type.FullName} is public but not in docs/embedding.md");
        types.ShouldContain(t => t.Name == "CompilationUnitSyntax");
        File.Exists(Path.ChangeExtension(typeof(Compilation).Assembly.Location, ".xml")).ShouldBeTrue("XML docs are generated");
    }

    // A type as C# writes it: SyntaxVisitor<TResult>, not SyntaxVisitor`1.
    private static string CSharpName(Type type) => type.IsGenericTypeDefinition
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(a => a.Name))}>"
        : type.Name;
}
