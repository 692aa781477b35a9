using System.CommandLine;
using System.Text;
using DiffPlex.Renderer;
using NatoRules.Cli.Input;
using NatoRules.Cli.Output;
using NatoRules.Formatting;
using NatoRules.Syntax;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>natorules fmt PATHS [--check] [--diff]</c>: lays out rule files in the canonical layout, in place; with
/// <c>--check</c> only lists the files that would change (exit 1 if any), with <c>--diff</c> prints what would change.
/// </summary>
internal static class FmtCommand
{
    public static Command Create()
    {
        var paths = PathArguments.Paths();
        var check = new Option<bool>("--check") { Description = "Change nothing; list the files that are not formatted and exit 1 if there are any (for CI)." };
        var diff = new Option<bool>("--diff") { Description = "Change nothing; print a unified diff of what formatting would change (exit 1 if anything would)." };
        var command = new Command("fmt",
            "Format rule files in the canonical layout (docs/language.md, \"Layout\"), in place. Exit 0 when done, 1 with --check or --diff "
            + "when a file would change, 2 when a file has syntax errors (it is left as it is) or cannot be read or written.")
        {
            paths, check, diff,
        };
        command.SetAction(result => Run(result.GetValue(paths)!, result.GetValue(check), result.GetValue(diff)));
        return command;
    }

    private static int Run(string[] paths, bool check, bool diff)
    {
        if (Workspace.RuleFiles(paths, out var error) is not { } files)
        {
            Console.Error.WriteLine($"natorules: error: {error}");
            return ExitCodes.InputErrors;
        }
        var renderer = new DiagnosticRenderer(ConsoleStyle.ForStandardError());
        var unformatted = 0;
        var failed = 0;
        var written = 0;
        foreach (var path in files)
        {
            if (SourceLoader.TryRead(path, out error) is not { } source)
            {
                Console.Error.WriteLine($"natorules: error: {error}");
                failed++;
                continue;
            }
            var tree = SyntaxTree.Parse(source);
            var result = RuleFormatter.Format(tree);
            switch (result.Status)
            {
                case FormattingStatus.SyntaxErrors:
                    foreach (var diagnostic in tree.Diagnostics.Where(d => d.IsError))
                        renderer.Render(Console.Error, diagnostic);
                    Console.Error.WriteLine($"natorules: error: {path}: not formatted: the file has syntax errors");
                    failed++;
                    continue;
                case FormattingStatus.Unsafe:
                    Console.Error.WriteLine($"natorules: error: {path}: not formatted: the layout would have changed its tokens or comments "
                        + "(a bug of natorules; please report it with the file)");
                    failed++;
                    continue;
            }
            if (!result.Changed)
                continue;
            if (Encoding.UTF8.GetByteCount(result.Text) > SourceLoader.MaxFileBytes)
            {
                Console.Error.WriteLine($"natorules: error: {path}: not formatted: formatted, it would be over the limit of {SourceLoader.MaxFileBytes} bytes a rule file may have");
                failed++;
                continue;
            }
            unformatted++;
            if (diff)
            {
                Console.Out.Write(UnidiffRenderer.GenerateUnidiff(WithoutLastLineBreak(source.Text), WithoutLastLineBreak(result.Text),
                    $"a/{Display(path)}", $"b/{Display(path)}", ignoreWhitespace: false));
            }
            else if (check)
            {
                Console.Out.WriteLine(path);
            }
            else if (TryWrite(path, result.Text, out error))
            {
                Console.Out.WriteLine(path);
                written++;
            }
            else
            {
                Console.Error.WriteLine($"natorules: error: {error}");
                failed++;
            }
        }
        if (check || diff)
            Console.Error.WriteLine(unformatted == 0 && failed == 0
                ? $"{Files(files.Count)} in the layout"
                : $"{Files(files.Count - failed - unformatted)} of {files.Count} in the layout"
                  + (unformatted > 0 ? $", {unformatted} to format (run 'natorules fmt')" : "")
                  + (failed > 0 ? $", {failed} with errors" : ""));
        else if (written > 0 || failed > 0)
            Console.Error.WriteLine($"{Files(written)} formatted, {files.Count - written - failed} already in the layout"
                + (failed > 0 ? $", {failed} left as they are (errors)" : ""));
        if (failed > 0)
            return ExitCodes.InputErrors;
        return (check || diff) && unformatted > 0 ? ExitCodes.NotApproved : ExitCodes.Success;
    }

    // The diff counts lines as a unified diff does: a final line break ends the last line, it does not start another.
    private static string WithoutLastLineBreak(string text) =>
        text.EndsWith("\r\n", StringComparison.Ordinal) ? text[..^2] : text.EndsWith('\n') || text.EndsWith('\r') ? text[..^1] : text;

    private static string Files(int count) => count == 1 ? "1 file" : $"{count} files";

    private static string Display(string path) => path.Replace('\\', '/');

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Written beside the file and then moved over it, so a failure never leaves half a file. The text
    // keeps a byte-order mark as U+FEFF (see SourceLoader), so its bytes are written as they are.
    private static bool TryWrite(string path, string text, out string? error)
    {
        error = null;
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.fmt");
        try
        {
            File.WriteAllText(temporary, text, Utf8);
            if (!OperatingSystem.IsWindows())
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full)); // the file keeps who may read and write it
            File.Move(temporary, full, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: cannot write the file: {e.Message}";
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // the temporary file stays; the original is untouched
            }
            return false;
        }
    }
}
