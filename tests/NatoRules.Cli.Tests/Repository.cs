namespace NatoRules.Cli.Tests;

/// <summary>The repository root, so tests can run the CLI on the shipped rules.</summary>
internal static class Repository
{
    public static string Root => TestSupport.RepositoryRoot.Path;
}
