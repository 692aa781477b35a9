namespace NatoRules.Cli.Tests;

/// <summary>The repository root, found from the test output folder, so tests can run the CLI on the shipped rules.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NatoRules.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("NatoRules.sln not found above the test folder.");
    }
}
