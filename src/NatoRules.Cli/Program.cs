using System.CommandLine;
using System.Text;
using NatoRules.Cli;
using NatoRules.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

var root = new RootCommand(
    """
    natorules: write, test and check the decision rules of consensus bodies.

    Exit codes: 0 everything evaluated and approved (or every test passed, or no syntax error);
    1 evaluated, and a decision is not approved (or a test failed); 2 the input has errors and
    nothing was evaluated; 64 wrong usage; 70 an internal error of natorules itself.
    """)
{
    CheckCommand.Create(),
    ValidateCommand.Create(),
    TestCommand.Create(),
    ParseCommand.Create(),
    ExplainCommand.Create(),
    BenchCommand.Create(),
};

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"natorules: error: {error.Message}");
    Console.Error.WriteLine("Run 'natorules --help' for usage.");
    return ExitCodes.Usage;
}
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
catch (Exception e)
{
    // A bug in natorules itself: say so in one line rather than print a stack trace.
    Console.Error.WriteLine($"natorules: internal error: {e.GetType().Name}: {e.Message}");
    return ExitCodes.InternalError;
}
