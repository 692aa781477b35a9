using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Testing;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules test PATHS [--filter TEXT]</c>: runs the tests written in the language.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Rule files or directories (every *.rules below them).", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(PathArguments.RejectOptions);
        var filter = new Option<string?>("--filter") { Description = "Run only the tests whose name contains this text." };
        var command = new Command("test", "Run the tests written in the rule files. Exit 0 when all pass, 1 when one fails, 2 on input errors.")
        {
            paths,
            filter,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(filter)));
        return command;
    }

    private static int Run(string[] paths, string? filter)
    {
        var compilation = Workspace.Load(paths, [], out var error);
        if (compilation is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        DiagnosticPrinter.PrintAll(compilation.Diagnostics);
        if (compilation.HasErrors)
            return ExitCodes.InputErrors;

        var style = ConsoleStyle.ForStandardOutput();
        var results = TestRunner.Run(compilation, filter);
        foreach (var result in results)
        {
            var location = result.Test.Location!;
            var start = location.LineSpan.Start;
            Console.WriteLine($"{(result.Passed ? style.Green("pass") : style.Red("FAIL"))} {result.Test.Name} ({location.Path}:{start.Line + 1})");
            foreach (var failure in result.Failures)
            {
                var at = failure.Location.LineSpan.Start;
                Console.WriteLine($"     expected: {failure.Expected}");
                Console.WriteLine($"     actual:   {failure.Actual}");
                Console.WriteLine($"     at {failure.Location.Path}:{at.Line + 1}:{at.Character + 1} ({failure.VerdictText})");
            }
        }
        var failed = results.Count(r => !r.Passed);
        Console.WriteLine($"{results.Count - failed} passed, {failed} failed");
        return failed > 0 ? ExitCodes.NotApproved : ExitCodes.Success;
    }
}
