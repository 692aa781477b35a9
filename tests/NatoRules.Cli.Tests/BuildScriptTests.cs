using System.Diagnostics;

namespace NatoRules.Cli.Tests;

/// <summary>The build script's packaging tasks, run as a release would run them.</summary>
public sealed class BuildScriptTests
{
    private static (int ExitCode, string Output) BuildScript(string task)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["pwsh", "./build.ps1", task])
            info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [Test]
    public void Pack_makes_the_two_packages_and_the_extension_without_a_warning()
    {
        // Packing the solution warned for the server, which is no package.
        var (exitCode, output) = BuildScript("pack");
        exitCode.ShouldBe(0, output);
        output.ShouldNotContain("warning", Case.Insensitive);
        var packages = Path.Combine(Repository.Root, "artifacts", "packages");
        File.Exists(Path.Combine(packages, "NatoRules.0.1.0.nupkg")).ShouldBeTrue();
        File.Exists(Path.Combine(packages, "NatoRules.Cli.0.1.0.nupkg")).ShouldBeTrue();
        File.Exists(Path.Combine(packages, "natorules-0.1.0.vsix")).ShouldBeTrue("the VS Code extension");
    }

    [Test]
    public void Publish_leaves_the_native_binary_alone_and_it_runs()
    {
        // Publishing left the .dbg, a .pdb and the XML documentation beside the binary.
        var (exitCode, output) = BuildScript("publish");
        exitCode.ShouldBe(0, output);
        var folder = Path.Combine(Repository.Root, "artifacts", "publish");
        Directory.GetFiles(folder).Select(Path.GetFileName).ShouldBe(["natorules"]);

        var info = new ProcessStartInfo(Path.Combine(folder, "natorules")) { WorkingDirectory = Repository.Root, RedirectStandardOutput = true };
        foreach (var argument in (string[])["check", "rules/nato", "--as-of", "2024-06-26", "--decision", "SecretaryGeneral", "--candidate", "Rutte"])
            info.ArgumentList.Add(argument);
        using var binary = Process.Start(info)!;
        var verdict = binary.StandardOutput.ReadToEnd();
        binary.WaitForExit();
        binary.ExitCode.ShouldBe(0);
        verdict.ShouldStartWith("SecretaryGeneral (NATO) for Rutte as of 2024-06-26: approved");
    }
}
