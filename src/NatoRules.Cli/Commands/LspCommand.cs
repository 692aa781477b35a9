using System.CommandLine;
using NatoRules.Cli.LanguageServer;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules lsp</c>: the language server, over stdin and stdout (docs/editor.md).</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp",
            "Run the language server over stdin and stdout, for editors (docs/editor.md). Exit 0 after the client's shutdown and exit, 1 if it exits without shutdown.");
        command.SetAction(_ =>
        {
            using var input = new BufferedStream(Console.OpenStandardInput());
            using var output = Console.OpenStandardOutput();
            return LspServer.Run(input, output);
        });
        return command;
    }
}
