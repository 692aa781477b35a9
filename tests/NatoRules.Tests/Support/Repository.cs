namespace NatoRules.Tests.Support;

/// <summary>Finds files of the repository (docs, rules) from the test output folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string CasesFolder(string area) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Cases", area);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NatoRules.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NatoRules.sln not found above the test folder.");
    }
}
