using System.CommandLine;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Syntax;

namespace NatoRules.Cli.Commands;

/// <summary><c>natorules parse PATHS [--format text|json]</c>: prints the syntax tree or the tokens with their trivia, of each file.</summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = PathArguments.Paths();
        var format = new Option<string>("--format")
        {
            Description = "text: the tree with kinds, spans and tokens; json: the diagnostics and every token with its trivia.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("parse", "Parse rule files and print their syntax trees. Exit 0 without syntax errors, 2 with.")
        {
            files,
            format,
        };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] paths, string format)
    {
        if (Workspace.RuleFiles(paths, out var error) is not { } files)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        var trees = new List<SyntaxTree>();
        foreach (var path in files)
        {
            if (SourceLoader.TryRead(path, out error) is not { } source)
            {
                Console.Error.WriteLine($"natorules: error: {error}");
                return ExitCodes.InputErrors;
            }
            trees.Add(SyntaxTree.Parse(source));
        }
        if (format == "json")
        {
            // One file: its document. Several: {"files": [{"file", "diagnostics", "tokens"}, ...]}.
            using var stdout = Console.OpenStandardOutput();
            using (var writer = Json.CreateWriter(stdout))
            {
                if (trees.Count == 1)
                {
                    WriteJson(writer, trees[0], withFile: false);
                }
                else
                {
                    writer.WriteStartObject();
                    writer.WriteStartArray("files");
                    foreach (var tree in trees)
                        WriteJson(writer, tree, withFile: true);
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
            }
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            var renderer = new DiagnosticRenderer(ConsoleStyle.ForStandardError());
            foreach (var tree in trees)
            {
                if (trees.Count > 1)
                    Console.WriteLine($"== {tree.Path}");
                SyntaxTreePrinter.Print(Console.Out, tree);
                foreach (var diagnostic in tree.Diagnostics)
                    renderer.Render(Console.Error, diagnostic);
            }
            renderer.RenderSummary(Console.Error, [.. trees.SelectMany(t => t.Diagnostics)]);
        }
        return trees.Any(t => t.Diagnostics.Any(d => d.IsError)) ? ExitCodes.InputErrors : ExitCodes.Success;
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter writer, SyntaxTree tree, bool withFile)
    {
        writer.WriteStartObject();
        if (withFile)
            writer.WriteString("file", tree.Path);
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
