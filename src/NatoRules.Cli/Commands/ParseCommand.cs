using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Syntax;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules parse FILE [--format text|json]</c>: prints the syntax tree or the tokens with their trivia.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The rule file to parse." };
        var format = new Option<string>("--format")
        {
            Description = "text: the tree with kinds, spans and tokens; json: the diagnostics and every token with its trivia.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("parse", "Parse one rule file and print its syntax tree. Exit 0 without syntax errors, 2 with.")
        {
            file,
            format,
        };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(string path, string format)
    {
        var source = SourceLoader.TryRead(path, out var error);
        if (source is null)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        var tree = SyntaxTree.Parse(source);
        if (format == "json")
        {
            WriteJson(tree);
        }
        else
        {
            SyntaxTreePrinter.Print(Console.Out, tree);
            var renderer = new DiagnosticRenderer(ConsoleStyle.ForStandardError());
            foreach (var diagnostic in tree.Diagnostics)
                renderer.Render(Console.Error, diagnostic);
            renderer.RenderSummary(Console.Error, tree.Diagnostics.ToList());
        }
        return tree.Diagnostics.Any(d => d.IsError) ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static void WriteJson(SyntaxTree tree)
    {
        using var stdout = Console.OpenStandardOutput();
        using var writer = Json.CreateWriter(stdout);
        writer.WriteStartObject();
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in tree.Diagnostics)
            NatoRules.Hosting.VerdictJson.WriteDiagnostic(writer, diagnostic);
        writer.WriteEndArray();
        writer.WriteStartArray("tokens");
        foreach (var token in tree.Tokens)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", token.Kind.ToString());
            writer.WriteString("text", token.Text);
            writer.WriteNumber("start", token.Position);
            writer.WriteNumber("length", token.Text.Length);
            writer.WriteBoolean("missing", token.IsMissing);
            WriteTrivia(writer, "leadingTrivia", token.LeadingTrivia);
            WriteTrivia(writer, "trailingTrivia", token.TrailingTrivia);
            writer.WriteEndObject();
            if (writer.BytesPending > 1 << 16)
                writer.Flush();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteTrivia(System.Text.Json.Utf8JsonWriter writer, string name, IEnumerable<SyntaxTrivia> trivia)
    {
        writer.WriteStartArray(name);
        foreach (var item in trivia)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", item.Kind.ToString());
            writer.WriteString("text", item.Text);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
