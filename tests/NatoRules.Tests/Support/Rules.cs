using NatoRules.Syntax;

namespace NatoRules.Tests.Support;

/// <summary>Compiles rule text, or the shipped rule library, for tests.</summary>
internal static class Rules
{
    private static readonly Lazy<Compilation> s_library = new(() => CompileFolder(Repository.PathOf("rules")));

    /// <summary>The compilation of everything under <c>rules/</c>.</summary>
    public static Compilation Library => s_library.Value;

    /// <summary>The text of every rule file under <c>rules/FOLDER</c>, in path order.</summary>
    public static string[] TextsOf(string folder) =>
        [.. Directory.GetFiles(Repository.PathOf(Path.Combine("rules", folder)), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)];

    public static Compilation CompileFolder(string folder) =>
        Compilation.Create(Directory.GetFiles(folder, "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(path => SyntaxTree.Parse(File.ReadAllText(path), Path.GetRelativePath(Repository.Root, path))));

    /// <summary>Compiles <paramref name="texts"/> and fails the test on any error.</summary>
    public static Compilation Compile(params string[] texts)
    {
        var compilation = Compilation.Create(texts.Select((text, i) => SyntaxTree.Parse(text, $"test{i}.rules")));
        compilation.Diagnostics.Where(d => d.IsError).ShouldBeEmpty();
        return compilation;
    }

    public static NatoRules.Evaluation.Verdict Evaluate(this Compilation compilation, string decision, string candidate, string asOf) =>
        compilation.Evaluate(compilation.FindDecision(decision)!, compilation.FindCandidate(candidate)!, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The boolean path for the same question as <see cref="Evaluate(Compilation, string, string, string)"/>.</summary>
    public static bool IsApproved(this Compilation compilation, string decision, string candidate, string asOf) =>
        compilation.IsApproved(compilation.FindDecision(decision)!, compilation.FindCandidate(candidate)!, DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture));

    public static string[] BlockerCodes(this NatoRules.Evaluation.Verdict verdict) =>
        [.. verdict.Blockers.Where(b => b.Member is not null).Select(b => b.Member!.Name).Distinct().Order(StringComparer.Ordinal)];
}
