using Microsoft.Extensions.DependencyInjection;
using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Hosting;

var services = new ServiceCollection();
services.AddNatoRules(options => options.MaxEvaluationSteps = 1_000_000)
    .WithSeverity("NR3003", DiagnosticSeverity.Error);     // an unused rule is an error here
using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IRuleEngine>();

// Compile once (TryCompile never throws on bad input; Compile throws RuleCompilationException).
var rules = engine.TryCompile(Directory.GetFiles("rules/nato", "*.rules").Select(RuleSource.FromFile));
if (rules.HasErrors)
{
    foreach (var diagnostic in rules.Diagnostics)
        Console.Error.WriteLine(diagnostic);            // path(line,col): error NR2001: ...
    return 2;
}

// The shipped facts: Rutte on the day before Hungary's guarantee.
var verdict = engine.Evaluate(rules, "SecretaryGeneral", "Rutte", new DateOnly(2024, 6, 17));
Console.WriteLine(verdict);                              // SecretaryGeneral for Rutte as of 2024-06-17: blocked by HUN, ROU
foreach (var blocker in verdict.Blockers)
    Console.WriteLine($"  {blocker.Member?.Name}: {blocker.Reason} ({blocker.FactLocation})");
foreach (var option in verdict.Unblock)
    Console.WriteLine($"  would unblock: {option.Description}");

// Facts of your own, with the fluent builder (or JSON, see docs/facts-json.md): a what-if about a
// hypothetical candidate, evaluated beside the shipped facts.
var whatIf = FactsBuilder.For("WhatIf", "SecretaryGeneral")
    .Candidate("Hypothetical", national: "NLD")
    .Member("HUN").Objects("Hypothetical", on: new DateOnly(2024, 6, 1), unless: "UkraineOptOut")
    .Build();
var hypothetical = engine.Evaluate(rules, "SecretaryGeneral", "Hypothetical", new DateOnly(2024, 6, 26), whatIf);
Console.WriteLine(hypothetical);

// An unknown name names the nearest one.
try
{
    engine.Evaluate(rules, "SecretaryGeneral", "Rute", new DateOnly(2024, 6, 26));
}
catch (UnknownNameException e)
{
    Console.WriteLine(e.Message);                        // There is no candidate or proposal 'Rute'; did you mean 'Rutte'?
}
return 0;
