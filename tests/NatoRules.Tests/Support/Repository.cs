namespace NatoRules.Tests.Support;

/// <summary>Finds files of the repository (docs, rules) from the test output folder.</summary>
internal static class Repository
{
    public static string Root => TestSupport.RepositoryRoot.Path;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string CasesFolder(string area) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Cases", area);
}
