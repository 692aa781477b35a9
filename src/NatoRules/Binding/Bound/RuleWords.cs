using System.Globalization;
using System.Text;

namespace NatoRules.Binding.Bound;

/// <summary>
/// A decision's rule in words, from its bound conditions: what must hold for a candidate to be eligible and
/// to be approved, which guarantees count, and each named rule it uses, once (a rule used twice is described
/// once, so rules that refer to each other twice over stay short). For an editor's hover.
/// </summary>
internal static class RuleWords
{
    /// <summary>The rule of <paramref name="decision"/>, one requirement a line.</summary>
    public static string Describe(DecisionSymbol decision)
    {
        var text = new StringBuilder();
        var rules = new List<RuleSymbol>();
        foreach (var eligibility in decision.Eligibility)
            text.Append("- eligible when ").Append(Words(eligibility, rules)).Append('\n');
        if (decision.Quorum is { } quorum)
            text.Append("- decided only when ").Append(QuorumWords(quorum)).Append(" (a quorum)\n");
        for (var r = 0; r < decision.Requirements.Length; r++)
        {
            text.Append("- approved when ").Append(Words(decision.Requirements[r], rules));
            if (r < decision.RequirementBallots.Length && decision.RequirementBallots[r] is { IsEvery: false } ballots)
                text.Append(" (in ").Append(ballots.ToString()).Append(')');
            text.Append('\n');
        }
        if (decision.BlockingMinority is { } minority)
            text.Append(CultureInfo.InvariantCulture,
                $"- a threshold not reached still passes unless at least {minority} members withhold their support (a blocking minority)\n");
        if (decision.GuaranteePolicy is { } policy)
            text.Append("- a guarantee lifts a conditional objection when it is ").Append(Words(policy)).Append('\n');
        for (var i = 0; i < rules.Count; i++)
            text.Append("- rule ").Append(rules[i].Name).Append(": ")
                .Append(rules[i].Condition is { } condition ? Words(condition, rules) : rules[i].Syntax.ToString().Trim()).Append('\n');
        return text.ToString().TrimEnd('\n');
    }

    private static string Words(BoundCondition condition, List<RuleSymbol> rules) => condition switch
    {
        BoundConsensus { Minus: 0 } c => $"no member{Of(c.Selector)} objects (silence is consent)",
        BoundConsensus c => $"no more than {c.Minus.ToString(CultureInfo.InvariantCulture)} of the members{Of(c.Selector)} object (consensus minus {c.Minus.ToString(CultureInfo.InvariantCulture)}; silence is consent)",
        BoundUnanimity u => $"every member{Of(u.Selector)} supports (an abstention {(u.AbstentionAllowed ? "does not count against it" : "breaks it")})",
        BoundNoVeto v => v.Holders.IsEveryone ? "no member objects (each holds a veto)" : $"no member{Of(v.Holders)} objects (those hold a veto)",
        BoundNoRivalBacking => "no member backs a rival candidate who is still running",
        BoundCountThreshold t => $"{Comparison(t.Strict)} {t.Count.ToString(CultureInfo.InvariantCulture)} members {Verb(t)}",
        BoundMemberShareThreshold { Basis: ThresholdBasis.Members } s => $"{Comparison(s.Strict)} {s.Words} of the members{Of(s.Selector)} {Verb(s)}",
        BoundMemberShareThreshold { Basis: ThresholdBasis.Present } s =>
            $"{Comparison(s.Strict)} {s.Words} of the members{Of(s.Selector)} present {Verb(s)} (those absent are not counted)",
        BoundMemberShareThreshold s =>
            $"{Comparison(s.Strict)} {s.Words} of the {s.BasisWords} are {Whom(s)} (abstentions and absences are not counted)",
        BoundAttributeShareThreshold { Basis: ThresholdBasis.Voting } a =>
            $"those {Whom(a)} hold {Comparison(a.Strict)} {a.Words} of the {a.Attribute} of the votes cast",
        BoundAttributeShareThreshold a => $"the {Holders(a)} hold {Comparison(a.Strict)} {a.Words} of the {a.Attribute}",
        BoundCandidateNational => "the candidate is a national of a member",
        BoundCandidateWithdrawn => "the candidate has withdrawn",
        BoundNot { Operand: BoundCandidateWithdrawn } => "the candidate has not withdrawn",
        BoundNot n => $"not ({Words(n.Operand, rules)})",
        BoundComposite { IsAll: true } all => string.Join(", and ", all.Operands.Select(o => Grouped(o, rules))),
        BoundComposite any => "either " + string.Join(", or ", any.Operands.Select(o => Grouped(o, rules))),
        BoundRuleReference r => Named(r.Rule, rules),
        _ => condition.Text,
    };

    private static string Comparison(bool strict) => strict ? "more than" : "at least";

    private static string Verb(BoundThreshold threshold) => threshold.Counts switch
    {
        ThresholdCounts.Objectors => "object",
        ThresholdCounts.DeclaredAbstainers => "abstain with a declaration",
        ThresholdCounts.Present => "are present",
        _ => "support",
    };

    private static string Whom(BoundThreshold threshold) => threshold.Counts switch
    {
        ThresholdCounts.Objectors => "against",
        ThresholdCounts.DeclaredAbstainers => "abstaining with a declaration",
        _ => "for",
    };

    private static string Holders(BoundThreshold threshold) => threshold.Counts switch
    {
        ThresholdCounts.Objectors => "objectors",
        ThresholdCounts.DeclaredAbstainers => "members abstaining with a declaration",
        _ => "supporters",
    };

    private static string QuorumWords(BoundThreshold quorum) => quorum switch
    {
        BoundCountThreshold t => $"{Comparison(t.Strict)} {t.Count.ToString(CultureInfo.InvariantCulture)} members are present",
        BoundMemberShareThreshold s => $"{Comparison(s.Strict)} {s.Words} of the members are present",
        _ => quorum.Text,
    };

    // An operand that is itself a composite is bracketed, so that "a and (b or c)" reads as it means.
    private static string Grouped(BoundCondition condition, List<RuleSymbol> rules) =>
        condition is BoundComposite ? $"({Words(condition, rules)})" : Words(condition, rules);

    private static string Named(RuleSymbol rule, List<RuleSymbol> rules)
    {
        if (!rules.Contains(rule))
            rules.Add(rule);
        return $"rule {rule.Name} holds";
    }

    // The members a selector leaves in, after the word "member".
    private static string Of(BoundSelector? selector) => selector is null ? "" : string.Concat(
        selector.Flag is { } flag ? $" where {(selector.WithoutFlag ? "not " : "")}{flag}" : "",
        selector.On is { } on ? $" on {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : "",
        selector.ExceptCandidate ? " except the one the candidate is a national of" : "",
        selector.ExceptMember is { } member ? $" except {member}" : "");

    private static string Words(BoundGuaranteeCondition condition) => condition switch
    {
        BoundGuaranteeForm form => form.Form,
        BoundGuaranteeGiver { Giver: null } => "given by the candidate",
        BoundGuaranteeGiver giver => $"given by {giver.Giver}",
        BoundGuaranteeComposite { Operator: '!' } not => $"not ({Words(not.Operands[0])})",
        BoundGuaranteeComposite { Operator: '&' } all => string.Join(" and ", all.Operands.Select(Words)),
        BoundGuaranteeComposite any => string.Join(" or ", any.Operands.Select(Words)),
        _ => condition.Text,
    };
}
