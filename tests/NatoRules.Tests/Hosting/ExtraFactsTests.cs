using NatoRules.Facts;
using NatoRules.Hosting;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Hosting;

/// <summary>
/// Facts given with an evaluation are bound against the compiled rules, not compiled with them again:
/// the verdict must be the one a full compilation of rules and facts gives, on every day.
/// </summary>
public sealed class ExtraFactsTests
{
    private static readonly Lazy<(RuleEngine Engine, RuleSet Rules)> Library = new(() =>
    {
        var engine = new RuleEngine();
        var files = Directory.GetFiles(Repository.PathOf("rules", "nato"), "*.rules").Order(StringComparer.Ordinal);
        return (engine, engine.Compile(files.Select(f => RuleSource.FromText(File.ReadAllText(f), f))));
    });

    public static IEnumerable<TestCaseData> Documents() =>
    [
        new TestCaseData("Turkey objects again", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "objects", "candidate": "Rutte" }] }
            """, true),
        new TestCaseData("a conditional objection and the guarantee that lifts it", """
            { "facts": "Extra", "for": ["SecretaryGeneral"],
              "positions": [{ "on": "2024-06-21", "member": "POL", "stance": "objects", "candidate": "Rutte", "unless": "UkraineOptOut" }],
              "guarantees": [{ "matter": "UkraineOptOut", "from": "Rutte", "to": "POL", "form": "written", "on": "2024-06-24" }] }
            """, true),
        new TestCaseData("an oral guarantee, which does not count", """
            { "facts": "Extra", "for": ["SecretaryGeneral"],
              "positions": [{ "on": "2024-06-21", "members": ["POL", "EST"], "stance": "objects", "candidate": "Rutte", "unless": "UkraineOptOut" }],
              "guarantees": [{ "matter": "UkraineOptOut", "from": "Rutte", "to": "POL", "form": "oral", "on": "2024-06-24" }] }
            """, true),
        new TestCaseData("abstentions on an accession", """
            { "facts": "Extra", "for": ["Accession"], "positions": [{ "on": "2024-03-01", "member": "BEL", "stance": "abstains", "candidate": "SwedenAccession" }] }
            """, true),
        new TestCaseData("a new candidate needs the binder", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "candidates": [{ "name": "Other", "national": "NOR" }],
              "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "supports", "candidate": "Other" }] }
            """, false),
        new TestCaseData("an abstention with a declaration binds on the compiled rules", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "abstains", "candidate": "Rutte", "declaration": true }] }
            """, true),
        new TestCaseData("a declaration on a support needs the binder, which reports it", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "supports", "candidate": "Rutte", "declaration": true }] }
            """, false),
        new TestCaseData("a vote, which closes the question, needs the binder", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "votes": [{ "on": "2024-06-22", "candidate": "Rutte" }] }
            """, false),
        new TestCaseData("a position on a day that has one needs the binder", """
            { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-04-29", "member": "TUR", "stance": "objects", "candidate": "Rutte" }] }
            """, false),
    ];

    [TestCaseSource(nameof(Documents))]
    public void Facts_bound_against_the_compiled_rules_give_the_verdicts_of_a_full_compilation(string what, string json, bool fast)
    {
        var (engine, rules) = Library.Value;
        var document = FactsDocument.Parse(json, "request");
        (rules.Compilation.TryAddFacts(document.Input!) is not null).ShouldBe(fast, what);

        var full = Compilation.Create(rules.Compilation.SyntaxTrees, [document]);
        var errors = full.Diagnostics.Where(d => d.IsError).ToList();
        foreach (var decision in rules.Compilation.Decisions)
        {
            foreach (var candidate in decision.Candidates)
            {
                foreach (var day in (string[])["2024-01-15", "2024-06-20", "2024-06-22", "2024-06-24", "2024-06-25", "2024-06-26"])
                {
                    var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
                    if (errors.Count > 0)
                    {
                        Should.Throw<RuleCompilationException>(() => engine.Evaluate(rules, decision.Name, candidate.Name, date, document));
                        continue;
                    }
                    var expected = full.Evaluate(decision.Name, candidate.Name, day);
                    var actual = engine.Evaluate(rules, decision.Name, candidate.Name, date, document);
                    actual.ToString().ShouldBe(expected.ToString(), $"{what}: {decision.Name} for {candidate.Name} as of {day}");
                    actual.Explanation.ToString().ShouldBe(expected.Explanation.ToString());
                    actual.Unblock.Select(u => u.Description).ShouldBe(expected.Unblock.Select(u => u.Description));
                    actual.Blockers.Select(b => b.FactLocation?.ToString()).ShouldBe(expected.Blockers.Select(b => b.FactLocation?.ToString()));
                }
            }
        }
    }

    [Test]
    public void Facts_that_bind_leave_the_compiled_rules_as_they_were()
    {
        var (engine, rules) = Library.Value;
        var document = FactsDocument.Parse("""
            { "facts": "Extra", "for": ["SecretaryGeneral"], "positions": [{ "on": "2024-06-25", "member": "TUR", "stance": "objects", "candidate": "Rutte" }] }
            """, "request");
        var date = new DateOnly(2024, 6, 26);
        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", date, document).ToString().ShouldBe("SecretaryGeneral for Rutte as of 2024-06-26: blocked by TUR");
        engine.Evaluate(rules, "SecretaryGeneral", "Rutte", date).ToString().ShouldBe("SecretaryGeneral for Rutte as of 2024-06-26: approved");
    }
}
