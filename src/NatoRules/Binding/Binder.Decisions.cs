using NatoRules.Text;
using NatoRules.Binding.Bound;
using NatoRules.Diagnostics;
using NatoRules.Syntax;

namespace NatoRules.Binding;

internal sealed partial class Binder
{
    private void BindDecision(DecisionSymbol decision, DecisionDeclarationSyntax syntax)
    {
        if (Resolve(_bodies, Name(syntax.Body), DiagnosticDescriptors.UnknownBody) is not { } body)
            return;
        decision.Body = body;
        var requirements = new List<BoundCondition>();
        var ballots = new List<BallotRange>();
        var eligibility = new List<BoundCondition>();
        SyntaxNode? policySyntax = null, minoritySyntax = null, quorumSyntax = null, tieSyntax = null;
        foreach (var statement in syntax.Block.Statements)
        {
            switch (statement)
            {
                case RequireClauseSyntax require:
                    requirements.Add(BindCondition(require.Condition, "in a `require` clause"));
                    ballots.Add(require.Ballots is { } range ? BindBallots(range) : BallotRange.Every);
                    break;
                case EligibleClauseSyntax eligible:
                    eligibility.Add(BindCondition(eligible.Condition, "in an `eligible when` clause"));
                    break;
                case GuaranteesClauseSyntax guarantees:
                    if (policySyntax is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, guarantees.GetLocation(), decision.Name, "guarantees count when");
                    policySyntax = guarantees;
                    decision.GuaranteePolicy = BindGuaranteeCondition(guarantees.Condition);
                    break;
                case TieClauseSyntax tie:
                    if (tieSyntax is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, tie.GetLocation(), decision.Name, "tie");
                    tieSyntax = tie;
                    decision.TieBrokenByChair = tie.ChairKeyword is not null;
                    if (decision.TieBrokenByChair && body.ChairIndex < 0)
                        Report(DiagnosticDescriptors.NoChair, tie.ChairKeyword!.GetLocation(), decision.Name, body.Name);
                    break;
                case QuorumClauseSyntax quorum:
                    if (quorumSyntax is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, quorum.GetLocation(), decision.Name, "quorum");
                    quorumSyntax = quorum;
                    decision.Quorum = BindQuorum(quorum);
                    break;
                case BlockingMinorityClauseSyntax minority when minority.Count.Value is long count:
                    if (minoritySyntax is not null)
                        Report(DiagnosticDescriptors.DuplicateClause, minority.GetLocation(), decision.Name, "blocking minority");
                    minoritySyntax = minority;
                    if (count > body.MemberCount)
                        Report(DiagnosticDescriptors.ImpossibleThreshold, minority.Count.GetLocation(), "the blocking minority", count, body.Name, body.MemberCount);
                    decision.BlockingMinority = (int)Math.Min(count, int.MaxValue);
                    break;
            }
        }
        // A statement the parser skipped may have been the `require` clause (`requires consensus;`):
        // its syntax error says enough.
        if (requirements.Count == 0 && !syntax.Block.Statements.Any(s => s is SkippedTokensSyntax))
            Report(DiagnosticDescriptors.NoRequirement, syntax.Identifier.GetLocation(), decision.Name);
        decision.Requirements = [.. requirements];
        decision.RequirementBallots = [.. ballots];
        if (requirements.Count > 0 && FirstBallotWithout(ballots) is { } uncovered)
            Report(DiagnosticDescriptors.BallotWithoutRequirement, syntax.Identifier.GetLocation(), decision.Name, uncovered.ToString());
        decision.Eligibility = [.. eligibility];
        CheckAgainstBody(decision, decision.Quorum is { } q ? [q, .. requirements, .. eligibility] : requirements.Concat(eligibility));
    }

    /// <summary>The ballots of <c>in ballot N</c>, <c>in ballots N to M</c> or <c>from ballot N</c>; every ballot when the numbers are not ballots (reported).</summary>
    private BallotRange BindBallots(BallotRangeSyntax syntax)
    {
        if (syntax.First.Value is not long first || (syntax.Last is { } lastToken && lastToken.Value is not long))
            return BallotRange.Every; // a malformed number, already reported
        var last = syntax.Keyword.Kind == SyntaxKind.FromKeyword ? long.MaxValue : syntax.Last?.Value is long to ? to : first;
        if (first < 1 || first > int.MaxValue || last < first || (last > int.MaxValue && last != long.MaxValue))
        {
            Report(DiagnosticDescriptors.InvalidBallot, syntax.GetLocation(), syntax.ToString().Trim());
            return BallotRange.Every;
        }
        return new BallotRange((int)first, last == long.MaxValue ? int.MaxValue : (int)last);
    }

    /// <summary>The first ballots no requirement applies to, if requirements limited to some ballots leave a gap.</summary>
    private static BallotRange? FirstBallotWithout(List<BallotRange> ballots)
    {
        var next = 1L; // the first ballot not yet known to have a requirement
        foreach (var range in ballots.OrderBy(r => r.First))
        {
            if (range.First > next)
                return new BallotRange((int)next, range.First - 1);
            next = Math.Max(next, range.Last + 1L);
        }
        return next <= int.MaxValue ? new BallotRange((int)next, int.MaxValue) : null;
    }

    /// <summary>A quorum's threshold: a number or share of the members, counting those present.</summary>
    private BoundThreshold? BindQuorum(QuorumClauseSyntax quorum)
    {
        var syntax = quorum.Threshold;
        while (syntax is ParenthesizedConditionSyntax parenthesized)
            syntax = parenthesized.Condition;
        if (syntax is not ThresholdConditionSyntax threshold)
        {
            if (!syntax.DescendantTokens().Any(t => t.IsMissing))
                Report(DiagnosticDescriptors.InvalidQuorum, syntax.GetLocation(),
                    "write `quorum a majority of members`, `quorum at least 2/3 of members` or `quorum at least N members`");
            return null;
        }
        if (threshold.SupportsKeyword?.Kind == SyntaxKind.SupportsKeyword)
        {
            Report(DiagnosticDescriptors.InvalidQuorum, threshold.SupportsKeyword.GetLocation(),
                $"it counts members present, not supports: write `{threshold.Value?.Text} members`");
            return null;
        }
        _bindingQuorum = true;
        try
        {
            return BindCondition(threshold, "in a `quorum` clause") as BoundThreshold;
        }
        finally
        {
            _bindingQuorum = false;
        }
    }

    /// <summary>Checks what only the body can tell: flags and attributes exist, thresholds can be met.</summary>
    private void CheckAgainstBody(DecisionSymbol decision, IEnumerable<BoundCondition> conditions)
    {
        var body = decision.Body;
        var seen = new HashSet<BoundCondition>();
        var pending = new Stack<BoundCondition>(conditions);
        while (pending.Count > 0)
        {
            var condition = pending.Pop();
            if (!seen.Add(condition))
                continue;
            foreach (var node in condition.DescendantsAndSelf())
            {
                switch (node)
                {
                    case BoundRuleReference reference:
                        pending.Push(reference.Rule.Condition);
                        break;
                    case BoundConsensus consensus:
                        CheckSelector(body, consensus.Selector);
                        break;
                    case BoundUnanimity unanimity:
                        CheckSelector(body, unanimity.Selector);
                        break;
                    case BoundNoVeto veto:
                        CheckSelector(body, veto.Holders);
                        break;
                    case BoundCountThreshold count when count.Required > body.MemberCount:
                        Report(DiagnosticDescriptors.ImpossibleThreshold, ((ThresholdConditionSyntax)count.Syntax).Value!.GetLocation(),
                            $"`{count.Text}`", count.Required, body.Name, body.MemberCount);
                        break;
                    case BoundAttributeShareThreshold share:
                        CheckAttribute(body, share);
                        break;
                    case BoundMemberShareThreshold { Selector: { } selection }:
                        CheckSelector(body, selection);
                        break;
                }
            }
        }
    }

    /// <summary>A selector's flag is one some member has, and the member it leaves out is one of the body's.</summary>
    private void CheckSelector(BodySymbol body, BoundSelector selector)
    {
        if (selector.Syntax is not { } syntax)
            return;
        if (selector.Flag is { } flag && !body.Members.Any(m => m.Flags.Contains(flag)))
            ReportWithHelp(DiagnosticDescriptors.UnknownAttribute, syntax.Attribute!.GetLocation(),
                NameSuggester.Help(flag, body.Members.SelectMany(m => m.Flags).Distinct()), body.Name, "flag", flag);
        if (syntax.ExceptMember is { } excepted)
            ResolveMember(body, Name(excepted));
    }

    private void CheckAttribute(BodySymbol body, BoundAttributeShareThreshold share)
    {
        var syntax = (ThresholdConditionSyntax)share.Syntax;
        var measure = syntax.Weight ?? syntax.Measure!;
        var missing = body.Members.Where(m => !m.Numbers.ContainsKey(share.Attribute)).ToList();
        if (missing.Count == body.Members.Count)
        {
            ReportWithHelp(DiagnosticDescriptors.UnknownAttribute, measure.GetLocation(),
                NameSuggester.Help(share.Attribute, body.Members.SelectMany(m => m.Numbers.Keys).Distinct()), body.Name, "number", share.Attribute);
        }
        else if (missing.Count > 0)
        {
            Report(DiagnosticDescriptors.MissingAttribute, measure.GetLocation(), body.Name, share.Attribute,
                string.Join(", ", missing.Select(m => m.Name)));
        }
    }
}
