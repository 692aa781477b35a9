using System.Diagnostics;
using System.Globalization;
using NatoRules.Fuzz;

// The fuzzing campaign. Usage:
//   NatoRules.Fuzz [--minutes N] [--inputs N] [--seed S] [--workers W] [--out DIR] [--root DIR]
//   NatoRules.Fuzz replay --seed S --index I [--inputs N] [--save DIR] [--root DIR]
//   NatoRules.Fuzz check FILE...     (the oracle on saved files: *.rules compiled together, *.json read with them)
// A campaign runs W worker processes, each on every W-th input; a worker that hangs or runs out of
// memory is killed, its input recorded, and a new worker goes on after it.
try
{
    return args.FirstOrDefault() switch
    {
        "worker" => Worker.Run(Arguments.Parse(args[1..])),
        "replay" => Replay(Arguments.Parse(args[1..])),
        "load" => LoadRun(Arguments.Parse(args[1..])),
        "check" => CheckFiles(args[1..]),
        _ => Supervisor.Run(Arguments.Parse(args)),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine($"fuzz: {e.Message}");
    return 64;
}

// The service under load: the server of this build, over a copy of rules/.
static int LoadRun(Arguments arguments)
{
    var server = Path.Combine(arguments.Root, "src", "NatoRules.Server", "bin", "Release", "net10.0", "NatoRules.Server.dll");
    if (!File.Exists(server))
        throw new ArgumentException($"build the server first (dotnet build -c Release): {server} is missing");
    var requests = arguments.Count == long.MaxValue ? 20_000 : (int)arguments.Count;
    var report = Load.RunAsync(server, Path.Combine(arguments.Root, "rules"), requests, requests / 10, connections: 32).GetAwaiter().GetResult();
    Console.WriteLine(report);
    var passed = report.ServerErrors == 0 && report.Dropped == 0 && report.P99 < TimeSpan.FromMilliseconds(50)
                 && report.ResidentPeak < 500L * 1024 * 1024 && report.ResidentAfter <= report.ResidentBefore * 1.2
                 && report.KeptLastGood && report.ServedFixed;
    Console.WriteLine(passed ? "load: every bound holds" : "load: a bound does not hold");
    return passed ? 0 : 1;
}

// The oracle on files saved with replay --save, or written by hand, with the campaign's bounds.
static int CheckFiles(string[] paths)
{
    if (paths.Length == 0)
        throw new ArgumentException("check takes the files to check");
    var files = paths.Select(p => new SourceFile(p, File.ReadAllText(p))).ToList();
    var rules = files.Where(f => !f.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)).ToList();
    var json = files.Except(rules).ToList();
    var finding = Campaign.CheckOne(new FuzzInput(0, json.Count > 0 && rules.Count == 0 ? "json/files" : "rules/files", rules, json), new CampaignOptions());
    Console.WriteLine(FormattableString.Invariant(
        $"{files.Sum(f => f.Text.Length)} chars: {finding.Kind} in {finding.Elapsed.TotalMilliseconds:F0} ms, {finding.Allocated / 1024} KiB {finding.Detail.Split('\n')[0]}"));
    if (finding.Kind != "ok")
        Console.WriteLine(finding.Detail);
    return finding.Kind == "ok" ? 0 : 1;
}

static int Replay(Arguments arguments)
{
    // One input, printed with its result; or, with --inputs N, N inputs from --index on, one line each.
    var corpus = Corpus.Load(arguments.Root);
    var generator = new InputGenerator(corpus, arguments.Seed);
    var count = arguments.Count == long.MaxValue ? 1 : arguments.Count;
    var failed = 0;
    for (var index = arguments.Index; index < arguments.Index + count; index++)
    {
        var input = generator.Generate(index);
        if (count == 1)
            Console.WriteLine($"input {input.Index} ({input.Strategy}), {input.Mutated.Path}:\n{input.Mutated.Text}");
        if (arguments.Save is { } folder)
        {
            // The input's files, to run the CLI on them.
            Directory.CreateDirectory(folder);
            foreach (var file in input.Rules.Concat(input.Json))
                File.WriteAllText(Path.Combine(folder, Path.GetFileName(file.Path)), file.Text);
        }
        var finding = Campaign.CheckOne(input, new CampaignOptions());
        Console.WriteLine(FormattableString.Invariant(
            $"{index} {input.Strategy} {input.Mutated.Text.Length} chars: {finding.Kind} in {finding.Elapsed.TotalMilliseconds:F0} ms, {finding.Allocated / 1024} KiB {finding.Detail.Split('\n')[0]}"));
        if (count == 1 && finding.Kind != "ok")
            Console.WriteLine(finding.Detail);
        failed += finding.Kind == "ok" ? 0 : 1;
    }
    return failed == 0 ? 0 : 1;
}

/// <summary>The campaign's command line.</summary>
internal sealed record Arguments(long Seed, long Index, long Start, long Stride, long Count, double Minutes, int Workers, string Out, string Root, string? Save)
{
    public static Arguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"expected --name value, got '{args[i]}'");
            values[args[i][2..]] = args[++i];
        }
        var known = new[] { "seed", "index", "start", "stride", "inputs", "minutes", "workers", "out", "root", "save" };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
            throw new ArgumentException($"unknown option --{unknown}");
        long Number(string name, long fallback) => values.TryGetValue(name, out var v)
            ? long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new ArgumentException($"--{name} takes a whole number")
            : fallback;
        var root = values.TryGetValue("root", out var r) ? r : Corpus.FindRoot(AppContext.BaseDirectory);
        return new Arguments(
            Number("seed", 1), Number("index", 0), Number("start", 0), Number("stride", 1), Number("inputs", long.MaxValue),
            values.TryGetValue("minutes", out var m) ? double.Parse(m, CultureInfo.InvariantCulture) : double.PositiveInfinity,
            (int)Number("workers", Environment.ProcessorCount),
            values.TryGetValue("out", out var o) ? o : Path.Combine(root, "artifacts", "fuzz"),
            root,
            values.GetValueOrDefault("save"));
    }

    public TimeSpan Duration => double.IsPositiveInfinity(Minutes) ? TimeSpan.MaxValue : TimeSpan.FromMinutes(Minutes);
}

/// <summary>One worker process: runs its inputs and reports each index before it runs it, so a hang can be named.</summary>
internal static class Worker
{
    private const long MemoryLimit = 2L * 1024 * 1024 * 1024;
    // Far beyond the time limit of a finding (1 s and 1 µs per character): only a real hang is killed,
    // not a big input on a machine busy with other work.
    private static readonly TimeSpan KillAfter = TimeSpan.FromSeconds(30);

    public static int Run(Arguments arguments)
    {
        var corpus = Corpus.Load(arguments.Root);
        var current = -1L;
        var started = Stopwatch.GetTimestamp();
        var output = Console.Out;
        var watchdog = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(100);
                var index = Interlocked.Read(ref current);
                var elapsed = Stopwatch.GetElapsedTime(Interlocked.Read(ref started));
                using var process = Process.GetCurrentProcess();
                if (index >= 0 && (elapsed > KillAfter || process.WorkingSet64 > MemoryLimit))
                {
                    lock (output)
                        output.WriteLine(elapsed > KillAfter ? $"hang {index}" : $"memory {index}");
                    output.Flush();
                    Environment.Exit(3);
                }
            }
        }) { IsBackground = true };
        watchdog.Start();
        var result = Campaign.Run(corpus, new CampaignOptions
        {
            Seed = arguments.Seed, Start = arguments.Start, Stride = arguments.Stride, Count = arguments.Count, Duration = arguments.Duration,
        }, index =>
        {
            Interlocked.Exchange(ref started, Stopwatch.GetTimestamp());
            Interlocked.Exchange(ref current, index);
            lock (output)
                output.WriteLine($"at {index}");
        });
        Interlocked.Exchange(ref current, -1);
        foreach (var finding in result.Findings.Values)
        {
            Report.Write(arguments.Out, arguments.Seed, finding);
            lock (output)
                output.WriteLine($"finding {finding.Kind} {Campaign.Hash(finding.Signature)} {finding.Signature}");
        }
        using var self = Process.GetCurrentProcess();
        lock (output)
            output.WriteLine(FormattableString.Invariant(
                $"result {result.RuleInputs} {result.JsonInputs} {result.FindingCount} {result.Slowest.TotalMilliseconds:F0} {result.MostAllocated} {self.PeakWorkingSet64}"));
        return 0;
    }
}

/// <summary>Writes a finding's input and what went wrong into the findings folder.</summary>
internal static class Report
{
    public static void Write(string folder, long seed, Finding finding)
    {
        Directory.CreateDirectory(folder);
        var name = $"{finding.Kind}-{Campaign.Hash(finding.Signature)}";
        var extension = finding.Input.IsJson ? ".json" : ".rules";
        File.WriteAllText(Path.Combine(folder, name + extension), finding.Input.Mutated.Text);
        File.WriteAllText(Path.Combine(folder, name + ".txt"),
            $"""
             {finding.Signature}
             seed {seed}, index {finding.Input.Index}, strategy {finding.Input.Strategy}, {finding.Elapsed.TotalMilliseconds:F0} ms, {finding.Allocated / 1024} KiB
             mutated file: {finding.Input.Mutated.Path} ({finding.Input.Mutated.Text.Length} characters after minimizing)
             compiled with: {string.Join(", ", finding.Input.Rules.Concat(finding.Input.Json).Skip(1).Select(f => f.Path))}
             replay: NatoRules.Fuzz replay --seed {seed} --index {finding.Input.Index}

             {finding.Detail}

             """);
    }
}

/// <summary>Runs the workers, restarts those killed, and prints the campaign's figures.</summary>
internal static class Supervisor
{
    public static int Run(Arguments arguments)
    {
        var corpus = Corpus.Load(arguments.Root);
        var clock = Stopwatch.StartNew();
        var totals = new long[3];
        var slowest = 0L;
        var mostAllocated = 0L;
        var peak = 0L;
        var findings = new Dictionary<string, string>(StringComparer.Ordinal);
        var gate = new object();
        var perWorker = arguments.Count == long.MaxValue ? long.MaxValue : (arguments.Count + arguments.Workers - 1) / arguments.Workers;
        var threads = Enumerable.Range(0, arguments.Workers).Select(w => new Thread(() =>
        {
            var next = (long)w;
            var remaining = perWorker;
            while (remaining > 0 && clock.Elapsed.TotalMinutes < arguments.Minutes)
            {
                var last = -1L;
                var done = false;
                var minutesLeft = arguments.Minutes - clock.Elapsed.TotalMinutes;
                var worker = StartWorker(arguments, next, remaining, minutesLeft);
                while (worker.StandardOutput.ReadLine() is { } line)
                {
                    var parts = line.Split(' ', 4);
                    switch (parts[0])
                    {
                        case "at":
                            last = long.Parse(parts[1], CultureInfo.InvariantCulture);
                            break;
                        case "finding":
                            lock (gate)
                                findings.TryAdd(parts[3], $"{parts[1]}-{parts[2]}");
                            break;
                        case "hang" or "memory":
                        {
                            var input = new InputGenerator(corpus, arguments.Seed).Generate(last);
                            var finding = new Finding(parts[0], $"{parts[0]} {input.Strategy}", input, $"killed: {parts[0]}", TimeSpan.Zero, 0);
                            Report.Write(arguments.Out, arguments.Seed, finding);
                            lock (gate)
                            {
                                findings.TryAdd(finding.Signature, $"{finding.Kind}-{Campaign.Hash(finding.Signature)}");
                                totals[2]++;
                            }
                            break;
                        }
                        case "result":
                        {
                            var numbers = line.Split(' ')[1..].Select(n => long.Parse(n, CultureInfo.InvariantCulture)).ToArray();
                            lock (gate)
                            {
                                totals[0] += numbers[0];
                                totals[1] += numbers[1];
                                totals[2] += numbers[2];
                                slowest = Math.Max(slowest, numbers[3]);
                                mostAllocated = Math.Max(mostAllocated, numbers[4]);
                                peak = Math.Max(peak, numbers[5]);
                            }
                            done = true;
                            break;
                        }
                    }
                }
                worker.WaitForExit();
                if (done)
                    break;
                // Killed on input `last`: the inputs before it were checked and are counted as rule inputs.
                var checkedCount = last < 0 ? 0 : (last - next) / arguments.Workers + 1;
                lock (gate)
                    totals[0] += Math.Max(0, checkedCount - 1);
                remaining -= checkedCount;
                next = last < 0 ? next + arguments.Workers : last + arguments.Workers;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        var progress = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(TimeSpan.FromSeconds(30));
                lock (gate)
                    Console.Error.WriteLine($"fuzz: {clock.Elapsed:hh\\:mm\\:ss} elapsed, {findings.Count} distinct findings so far");
            }
        }) { IsBackground = true };
        progress.Start();
        threads.ForEach(t => t.Join());
        var seconds = clock.Elapsed.TotalSeconds;
        var inputs = totals[0] + totals[1];
        Console.WriteLine(FormattableString.Invariant(
            $"fuzz: {inputs} inputs ({totals[0]} rule files, {totals[1]} JSON facts documents) in {seconds:F0} s, {inputs / seconds:F0} inputs per second, {arguments.Workers} workers, seed {arguments.Seed}"));
        Console.WriteLine(FormattableString.Invariant(
            $"fuzz: slowest input {slowest} ms, most allocated by one input {mostAllocated / (1024 * 1024)} MiB, peak worker memory {peak / (1024 * 1024)} MiB"));
        Console.WriteLine($"fuzz: {totals[2]} inputs with findings, {findings.Count} distinct");
        foreach (var (signature, file) in findings.OrderBy(f => f.Key, StringComparer.Ordinal))
            Console.WriteLine($"  {file}: {signature}");
        if (findings.Count > 0)
            Console.WriteLine($"fuzz: inputs and details in {arguments.Out}");
        return findings.Count == 0 ? 0 : 1;
    }

    private static Process StartWorker(Arguments arguments, long start, long count, double minutes)
    {
        var self = Environment.ProcessPath!;
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            info.ArgumentList.Add(typeof(Supervisor).Assembly.Location);
        foreach (var argument in (string[])["worker", "--seed", Invariant(arguments.Seed), "--start", Invariant(start), "--stride", Invariant(arguments.Workers),
                     "--inputs", Invariant(count), "--out", arguments.Out, "--root", arguments.Root])
            info.ArgumentList.Add(argument);
        if (!double.IsPositiveInfinity(minutes))
        {
            info.ArgumentList.Add("--minutes");
            info.ArgumentList.Add(minutes.ToString("R", CultureInfo.InvariantCulture));
        }
        return Process.Start(info)!;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
