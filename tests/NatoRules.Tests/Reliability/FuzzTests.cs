using NatoRules.Fuzz;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Reliability;

/// <summary>
/// The fuzzing campaign's short run in the suite (the full one is <c>build.ps1 fuzz</c>), and its
/// oracle on every case file: each must hold every property the campaign checks.
/// </summary>
public sealed class FuzzTests
{
    private static readonly Lazy<Corpus> Corpus = new(() => NatoRules.Fuzz.Corpus.Load(Repository.PathOf()));

    [Test]
    public void A_short_campaign_finds_nothing()
    {
        var result = Campaign.Run(Corpus.Value, new CampaignOptions { Seed = 20261203, Count = 1_500, TimeLimit = TimeSpan.FromSeconds(5) });

        (result.RuleInputs + result.JsonInputs).ShouldBe(1_500);
        result.JsonInputs.ShouldBeGreaterThan(100);
        result.Findings.Values.Select(f => $"{f.Signature} (index {f.Input.Index}): {f.Detail}").ShouldBeEmpty();
    }

    public static IEnumerable<TestCaseData> Groups() =>
        NatoRules.Fuzz.Corpus.Load(Repository.PathOf()).Groups.Select(g => new TestCaseData(g.Name).SetName($"Oracle holds on {g.Name}"));

    [TestCaseSource(nameof(Groups))]
    public void Every_corpus_file_holds_the_properties(string name)
    {
        var group = Corpus.Value.Groups.Single(g => g.Name == name);
        var input = new FuzzInput(0, group.Json.Count > 0 ? "json/case" : "rules/case", group.Rules, group.Json);
        Should.NotThrow(() => Oracle.Check(input));
    }
}
