using System.Diagnostics;
using BenchmarkDotNet.Running;
using NatoRules;
using NatoRules.Benchmarks;
using NatoRules.Syntax;

// `--generate MEGABYTES FILE`: writes the generated rule file, to time the command line on it.
if (args is ["--generate", var megabytes, var path])
{
    File.WriteAllText(path, Generated.RuleFile(int.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024));
    return;
}

// `--gc MEGABYTES`: one parse + bind of a generated file, with the time the garbage collector paused
// the program, to see how much of the parse the collector takes (docs/performance.md).
if (args is ["--gc", var size])
{
    var text = Generated.RuleFile(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024);
    var pausedBefore = GC.GetTotalPauseDuration();
    var clock = Stopwatch.StartNew();
    var tree = SyntaxTree.Parse(text, "generated.rules");
    var parsed = clock.Elapsed;
    var compilation = Compilation.Create([tree]);
    var total = clock.Elapsed;
    var paused = GC.GetTotalPauseDuration() - pausedBefore;
    Console.WriteLine($"{size} MB: parse {parsed.TotalSeconds:0.00} s, bind {(total - parsed).TotalSeconds:0.00} s, "
        + $"collector pauses {paused.TotalSeconds:0.00} s ({paused / total:P0}); collections gen0/1/2: "
        + $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}; {compilation.Diagnostics.Count} diagnostics");
    return;
}

// Runs the benchmarks; `dotnet pwsh ./build.ps1 bench` passes `--filter '*'`.
// Every comparison first checks that the engines agree on every outcome (see Scenario.Verify).
Scenario.Verify();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
