using BenchmarkDotNet.Running;

// Runs the benchmarks; `dotnet pwsh ./build.ps1 bench` passes `--filter '*'`.
// Every comparison first checks that the engines agree on every outcome (see Scenario.Verify).
NatoRules.Benchmarks.Scenario.Verify();
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
