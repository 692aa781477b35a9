namespace NatoRules.TestSupport;

/// <summary>The repository root, found from a test's output folder, shared by every test project.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "NatoRules.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NatoRules.sln not found above the test folder.");
    }
}
