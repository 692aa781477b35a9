using System.CommandLine;
using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace NatoRules.Cli.Commands;

/// <summary>
/// <c>--watch</c> on <c>check</c>, <c>test</c> and <c>validate</c>: the command runs once, then again each time a rule or
/// facts file under its paths changes; each rerun clears the screen (on a terminal) and prints only the lines of the
/// output that changed since the run before. Ctrl+C stops it with exit 0.
/// </summary>
internal static class Watch
{
    /// <summary>The option, as every command that can watch takes it.</summary>
    public static Option<bool> Option() => new("--watch")
    {
        Description = "Run again whenever a rule or facts file under the paths changes, printing what changed in the output; Ctrl+C stops (exit 0). Text format only.",
    };

    // A change is run after the files have been quiet this long: an editor's save is several events.
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    /// <summary>Runs <paramref name="run"/>, once, or under <c>--watch</c> after every change of the files.</summary>
    public static int RunOrWatch(bool watch, string format, IReadOnlyList<string> paths, IReadOnlyList<string> facts, Func<int> run)
    {
        if (!watch)
            return run();
        if (format != "text")
        {
            Console.Error.WriteLine("natorules: error: --watch prints the text format only; without --watch every format can be used");
            return ExitCodes.Usage;
        }
        var watched = paths.Concat(facts).Select(Path.GetFullPath).ToList();
        if (watched.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p)) is { } missing)
        {
            Console.Error.WriteLine($"natorules: error: {missing}: no such file or directory to watch");
            return ExitCodes.InputErrors;
        }

        using var stop = new CancellationTokenSource();
        using var changed = new SemaphoreSlim(0);
        string? lastChange = null;
        void OnChange(string path)
        {
            lastChange = path;
            changed.Release();
        }
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop the loop, not the process: the exit code is 0
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        var watchers = watched.Select(path => Watcher(path, OnChange)).ToList();
        try
        {
            var previous = Capture(run, echo: true, out var code);
            Console.Error.WriteLine($"watching {Describe(watched)} for changes (exit {code}); Ctrl+C to stop");
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    changed.Wait(stop.Token);
                    // Wait until the files are quiet, taking every change that came meanwhile.
                    while (changed.Wait(Quiet, stop.Token))
                    {
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                var output = Capture(run, echo: false, out code);
                if (!Console.IsOutputRedirected)
                    Console.Out.Write("\u001b[2J\u001b[H");
                Console.Out.WriteLine($"{DateTime.Now:HH:mm:ss} {Path.GetRelativePath(Environment.CurrentDirectory, lastChange ?? ".")} changed: exit {code}");
                WriteChanges(previous, output);
                Console.Out.Flush();
                previous = output;
            }
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            foreach (var watcher in watchers)
                watcher.Dispose();
        }
        return ExitCodes.Success;
    }

    private static string Describe(List<string> paths) =>
        paths.Count == 1 ? Path.GetRelativePath(Environment.CurrentDirectory, paths[0]) : $"{paths.Count} paths";

    // A directory: every rule or facts file below it; a file: that file.
    private static FileSystemWatcher Watcher(string path, Action<string> onChange)
    {
        var directory = Directory.Exists(path);
        var watcher = new FileSystemWatcher(directory ? path : Path.GetDirectoryName(path)!)
        {
            IncludeSubdirectories = directory,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
        };
        if (directory)
        {
            watcher.Filters.Add("*.rules");
            watcher.Filters.Add("*.json");
        }
        else
        {
            watcher.Filter = Path.GetFileName(path);
        }
        watcher.Changed += (_, e) => onChange(e.FullPath);
        watcher.Created += (_, e) => onChange(e.FullPath);
        watcher.Deleted += (_, e) => onChange(e.FullPath);
        watcher.Renamed += (_, e) => onChange(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    // Runs the command with its output (both streams, in order) kept; printed as well when `echo`.
    private static string Capture(Func<int> run, bool echo, out int code)
    {
        var kept = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(echo ? new Tee(stdout, kept) : kept);
        Console.SetError(echo ? new Tee(stderr, kept) : kept);
        try
        {
            code = run();
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
        return kept.ToString();
    }

    // The lines of the output that are new (+) and gone (-) since the run before.
    private static void WriteChanges(string before, string after)
    {
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new LineChunker());
        if (diff.DiffBlocks.Count == 0)
        {
            Console.Out.WriteLine("the output is the same as the run before");
            return;
        }
        foreach (var block in diff.DiffBlocks)
        {
            for (var i = 0; i < block.DeleteCountA; i++)
                Console.Out.WriteLine("- " + diff.PiecesOld[block.DeleteStartA + i]);
            for (var i = 0; i < block.InsertCountB; i++)
                Console.Out.WriteLine("+ " + diff.PiecesNew[block.InsertStartB + i]);
        }
    }

    /// <summary>Writes to two writers.</summary>
    private sealed class Tee(TextWriter first, TextWriter second) : TextWriter
    {
        public override Encoding Encoding => first.Encoding;

        public override void Write(char value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void Write(string? value)
        {
            first.Write(value);
            second.Write(value);
        }

        public override void WriteLine(string? value)
        {
            first.WriteLine(value);
            second.WriteLine(value);
        }

        public override void Flush()
        {
            first.Flush();
            second.Flush();
        }
    }
}
