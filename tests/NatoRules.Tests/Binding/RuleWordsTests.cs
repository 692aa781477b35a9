using NatoRules.Binding.Bound;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Binding;

/// <summary>A decision's rule in words, as the language server's hover shows it, for the shipped decisions.</summary>
public sealed class RuleWordsTests
{
    private static readonly Lazy<Compilation> Shipped = new(() => Compilation.Create(
        Directory.GetFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => SyntaxTree.Parse(File.ReadAllText(f), f))));

    private static string Words(string decision) => RuleWords.Describe(Shipped.Value.FindDecision(decision)!);

    [Test]
    public void Consensus_eligibility_and_the_guarantees_that_count() =>
        Words("NATO.SecretaryGeneral").ShouldBe("""
            - eligible when the candidate is a national of a member, and the candidate has not withdrawn
            - approved when no member objects (silence is consent), and no member backs a rival candidate who is still running
            - a guarantee lifts a conditional objection when it is written and given by the candidate
            """.ReplaceLineEndings("\n"));

    [Test]
    public void A_selector_in_words() =>
        Words("NATO.Accession").ShouldBe(
            "- approved when every member on 2022-07-05 except the one the candidate is a national of supports (an abstention breaks it)");

    [Test]
    public void Named_rules_are_described_once_after_the_decision() =>
        Words("UNSC.SubstantiveResolution").ShouldBe("""
            - approved when rule NineVotes holds, and rule NoPermanentVeto holds
            - rule NineVotes: at least 9 members support
            - rule NoPermanentVeto: no member where permanent objects (those hold a veto)
            """.ReplaceLineEndings("\n"));

    [Test]
    public void Thresholds_and_a_blocking_minority() =>
        Words("EUCO.QualifiedMajority").ShouldBe("""
            - approved when at least 55% of the members support, and the supporters hold at least 65% of the population
            - a threshold not reached still passes unless at least 4 members withhold their support (a blocking minority)
            """.ReplaceLineEndings("\n"));

    [Test]
    public void Rules_that_refer_to_each_other_twice_over_stay_short()
    {
        // Each rule names the next twice: written out inline, the text would double with every rule.
        var text = "body B { member A; }\n" + string.Concat(Enumerable.Range(1, 30).Select(i => $"rule R{i} = R{i + 1} and R{i + 1};\n"))
                   + "rule R31 = consensus;\ndecision D in B { require R1; }\n";
        var compilation = Compilation.Create([SyntaxTree.Parse(text, "chain.rules")]);

        var words = RuleWords.Describe(compilation.FindDecision("D")!);

        words.Split('\n').Length.ShouldBe(32, "the requirement and each rule once");
        words.ShouldEndWith("- rule R31: no member objects (silence is consent)");
    }
}
