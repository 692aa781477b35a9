using System.Diagnostics;
using System.Text;

namespace NatoRules.Cli.Tests;

/// <summary>Runs the real natorules program in a child process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    private static string ProgramPath => Path.Combine(TestContext.CurrentContext.TestDirectory, "NatoRules.Cli.dll");

    public static Result Run(params string[] arguments) => RunIn(null, arguments);

    public static Result RunIn(string? workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? TestContext.CurrentContext.WorkDirectory,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["NO_COLOR"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("natorules did not finish within two minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string name, byte[] content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "natorules-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public static string TempFile(string name, string content) => TempFile(name, Encoding.UTF8.GetBytes(content));
}
