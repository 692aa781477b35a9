using System.CommandLine;
using System.CommandLine.Help;
using System.Text;
using NatoRules.Text;
using NatoRules.Binding;
using NatoRules.Cli;
using NatoRules.Cli.Commands;
using NatoRules.Evaluation;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

// A plain command named natorules, not a RootCommand: that one is named after the executable, which
// is NatoRules.Cli when the command runs as a dotnet tool or with dotnet run.
var noColor = new Option<bool>("--no-color") { Description = "Never colour the output (as the NO_COLOR variable does).", Recursive = true };
var root = new Command("natorules",
    """
    natorules: write, test and check the decision rules of consensus bodies.

    Exit codes: 0 everything evaluated and approved (or every test passed, or no syntax error);
    1 evaluated, and a decision is not approved (or a test failed); 2 the input has errors and
    nothing was evaluated; 64 wrong usage; 70 an internal error of natorules itself.
    """)
{
    new HelpOption(),
    new VersionOption(),
    noColor,
    CheckCommand.Create(),
    ValidateCommand.Create(),
    TestCommand.Create(),
    FmtCommand.Create(),
    LspCommand.Create(),
    ParseCommand.Create(),
    ExplainCommand.Create(),
    BenchCommand.Create(),
    PowerCommand.Create(),
    TimelineCommand.Create(),
};
var commands = root.Subcommands.Select(c => c.Name).ToList();
var helpTopic = new Argument<string?>("command") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrOne };
helpTopic.AcceptOnlyFromAmong([.. commands]);
var help = new Command("help", "Show the help of natorules, or of one command: natorules help check.") { helpTopic };
help.SetAction(result => root.Parse(result.GetValue(helpTopic) is { } topic ? [topic, "--help"] : ["--help"]).Invoke());
root.Add(help);
root.SetAction(_ =>
{
    Console.Error.WriteLine("natorules: error: no command given; the commands are " + string.Join(", ", commands) + ".");
    Console.Error.WriteLine("Run 'natorules help' for usage.");
    return ExitCodes.Usage;
});

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    // A first word that is no command, and looks like one mistyped, gets a suggestion.
    if (args.Length > 0 && !args[0].StartsWith('-') && !commands.Contains(args[0]) && args[0] != "help")
    {
        var near = NameSuggester.Suggest(args[0], [.. commands, "help"]);
        Console.Error.WriteLine($"natorules: error: there is no command '{args[0]}'" + (near is null ? "" : $"; did you mean '{near}'?"));
    }
    else
    {
        foreach (var error in parsed.Errors)
            Console.Error.WriteLine($"natorules: error: {error.Message}");
    }
    Console.Error.WriteLine("Run 'natorules help' for usage.");
    return ExitCodes.Usage;
}
if (parsed.GetValue(noColor))
    Environment.SetEnvironmentVariable("NO_COLOR", "1");
try
{
    // Exceptions reach the handlers below instead of System.CommandLine's, which prints a stack trace.
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (IOException e)
{
    // Output that cannot be written (a closed pipe, a full disk) is reported, not thrown.
    Console.Error.WriteLine($"natorules: error: cannot write output: {e.Message}");
    return ExitCodes.InputErrors;
}
catch (EvaluationLimitExceededException e)
{
    // An input within the other limits that needs more work than an evaluation or a compilation may take.
    Console.Error.WriteLine($"natorules: error: {e.Message}");
    return ExitCodes.InputErrors;
}
catch (Exception e)
{
    // A bug in natorules itself: say so in one line rather than print a stack trace.
    Console.Error.WriteLine($"natorules: internal error: {e.GetType().Name}: {e.Message}");
    return ExitCodes.InternalError;
}
