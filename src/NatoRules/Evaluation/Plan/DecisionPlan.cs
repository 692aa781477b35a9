using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>
/// A decision lowered for evaluation, once per compilation: its conditions as plan nodes for its
/// body, each named rule lowered once however often it is named, and its guarantee policy.
/// </summary>
internal sealed class DecisionPlan
{
    private DecisionPlan(DecisionSymbol decision)
    {
        Decision = decision;
        var lowering = new Lowering(decision.Body);
        Eligibility = Array.ConvertAll(decision.Eligibility, lowering.Lower);
        Requirements = Array.ConvertAll(decision.Requirements, lowering.Lower);
        RequirementBallots = decision.RequirementBallots.Length == Requirements.Length && decision.RequirementBallots.Any(b => !b.IsEvery)
            ? decision.RequirementBallots
            : null;
        Quorum = decision.Quorum is { } quorum ? new ThresholdPlan(quorum, decision.Body) : null;
        GuaranteePolicyText = decision.GuaranteePolicy?.Text;
    }

    /// <summary>Lowers <paramref name="decision"/>, whose compilation has no errors.</summary>
    public static DecisionPlan Lower(DecisionSymbol decision) => new(decision);

    public DecisionSymbol Decision { get; }

    public BodySymbol Body => Decision.Body;

    /// <summary>The <c>eligible when</c> conditions, in order.</summary>
    public PlanNode[] Eligibility { get; }

    /// <summary>The <c>require</c> conditions, in order.</summary>
    public PlanNode[] Requirements { get; }

    /// <summary>The ballots each requirement applies to, by requirement; null when every requirement applies to every ballot.</summary>
    public BallotRange[]? RequirementBallots { get; }

    /// <summary>Whether requirement <paramref name="index"/> applies to ballot <paramref name="ballot"/>.</summary>
    public bool Applies(int index, int ballot) => RequirementBallots is not { } ballots || ballots[index].Includes(ballot);

    /// <summary>The members that must be present, if the decision has a <c>quorum</c> clause: met before any requirement counts.</summary>
    public ThresholdPlan? Quorum { get; }

    /// <summary>The body's chair, by member index, when the decision's ties are broken by its casting vote; -1 when a tie fails.</summary>
    public int CastingVote => Decision.TieBrokenByChair ? Body.ChairIndex : -1;

    /// <summary>The number of members a blocking minority needs, if the decision has such a clause.</summary>
    public int? BlockingMinority => Decision.BlockingMinority;

    /// <summary>The decision's <c>guarantees count when</c> requirement as written, for the blockers it explains; null without one.</summary>
    public string? GuaranteePolicyText { get; }

    /// <summary>Whether the decision's <c>guarantees count when</c> clause (if any) accepts <paramref name="guarantee"/> in a decision on <paramref name="candidate"/>.</summary>
    public bool AcceptsGuarantee(GuaranteeFact guarantee, CandidateSymbol candidate) =>
        Decision.GuaranteePolicy is not { } policy || Accepts(policy, guarantee, candidate);

    private static bool Accepts(BoundGuaranteeCondition condition, GuaranteeFact guarantee, CandidateSymbol candidate)
    {
        switch (condition)
        {
            case BoundGuaranteeForm form:
                return string.Equals(guarantee.Form, form.Form, StringComparison.Ordinal);
            case BoundGuaranteeGiver { Giver: null }:
                return ReferenceEquals(guarantee.GiverCandidate, candidate);
            case BoundGuaranteeGiver giver:
                return string.Equals(guarantee.Giver, giver.Giver, StringComparison.Ordinal);
            case BoundGuaranteeComposite { Operator: '!' } not:
                return !Accepts(not.Operands[0], guarantee, candidate);
            case BoundGuaranteeComposite composite:
                // A loop rather than LINQ: this runs on the evaluator's allocation-free path.
                var all = composite.Operator == '&';
                foreach (var operand in composite.Operands)
                    if (Accepts(operand, guarantee, candidate) != all)
                        return !all;
                return all;
            default:
                return false;
        }
    }

    /// <summary>Bound conditions to plan nodes for one body; a rule's condition is lowered at its first reference and shared.</summary>
    private sealed class Lowering(BodySymbol body)
    {
        private readonly Dictionary<RuleSymbol, PlanNode> _rules = [];
        private readonly Dictionary<BoundSelector, SelectorPlan> _selectors = [];

        public PlanNode Lower(BoundCondition condition) => condition switch
        {
            BoundComposite composite => new CompositePlan(composite, LowerAll(composite.Operands)),
            BoundNot not => new NotPlan(not, Lower(not.Operand)),
            BoundRuleReference reference => new RulePlan(reference, reference.Rule, RuleCondition(reference.Rule)),
            BoundConsensus consensus => new StancePlan(PlanKind.Consensus, consensus, Selector(consensus.Selector), minus: consensus.Minus),
            BoundUnanimity unanimity => new StancePlan(PlanKind.Unanimity, unanimity, Selector(unanimity.Selector), unanimity.AbstentionAllowed),
            BoundNoVeto veto => new StancePlan(PlanKind.NoVeto, veto, Selector(veto.Holders)),
            BoundNoRivalBacking => new SimplePlan(PlanKind.NoRivalBacking, condition),
            BoundCandidateNational => new SimplePlan(PlanKind.CandidateNational, condition),
            BoundCandidateWithdrawn => new SimplePlan(PlanKind.CandidateWithdrawn, condition),
            BoundThreshold threshold => new ThresholdPlan(threshold, body),
            _ => new SimplePlan(PlanKind.Error, condition),
        };

        private PlanNode[] LowerAll(System.Collections.Immutable.ImmutableArray<BoundCondition> operands)
        {
            var lowered = new PlanNode[operands.Length];
            for (var i = 0; i < lowered.Length; i++)
                lowered[i] = Lower(operands[i]);
            return lowered;
        }

        private PlanNode RuleCondition(RuleSymbol rule)
        {
            if (!_rules.TryGetValue(rule, out var lowered))
                _rules[rule] = lowered = Lower(rule.Condition);
            return lowered;
        }

        // Each selector once: every condition over all members shares one.
        private SelectorPlan Selector(BoundSelector selector)
        {
            if (!_selectors.TryGetValue(selector, out var lowered))
                _selectors[selector] = lowered = new SelectorPlan(selector, body);
            return lowered;
        }
    }
}
