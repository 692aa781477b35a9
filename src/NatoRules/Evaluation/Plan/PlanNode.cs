using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>What a plan node is: the evaluator and the explainer switch on it.</summary>
internal enum PlanKind : byte
{
    All,
    Any,
    Not,
    Rule,
    Consensus,
    Unanimity,
    NoVeto,
    NoRivalBacking,
    CandidateNational,
    CandidateWithdrawn,
    Threshold,
    Error,
}

/// <summary>
/// A condition of a decision lowered for evaluation in that decision's body: what the bound
/// condition says, with what does not change between evaluations worked out once (members selected
/// by index, thresholds as integers). Immutable, and shared by every evaluation of the decision.
/// </summary>
internal abstract class PlanNode(PlanKind kind, BoundCondition bound)
{
    private Location? _location;
    private string? _text;

    public PlanKind Kind { get; } = kind;

    /// <summary>The bound condition this node evaluates.</summary>
    public BoundCondition Bound { get; } = bound;

    // Both are asked for on every explained evaluation; the tree is immutable, so they are computed once.
    public Location Location => _location ??= Bound.Syntax.GetLocation();

    /// <summary>The condition as written, for explanations.</summary>
    public string Text => _text ??= Bound.Text;
}

/// <summary><c>and</c>, <c>all(...)</c>, <c>or</c> and <c>any(...)</c>.</summary>
internal sealed class CompositePlan(BoundComposite bound, PlanNode[] operands) : PlanNode(bound.IsAll ? PlanKind.All : PlanKind.Any, bound)
{
    public bool IsAll => Kind == PlanKind.All;

    public PlanNode[] Operands { get; } = operands;
}

/// <summary><c>not</c>.</summary>
internal sealed class NotPlan(BoundNot bound, PlanNode operand) : PlanNode(PlanKind.Not, bound)
{
    public PlanNode Operand { get; } = operand;
}

/// <summary>A named rule, lowered once per decision however often it is named: each evaluation evaluates it once.</summary>
internal sealed class RulePlan(BoundRuleReference bound, RuleSymbol rule, PlanNode condition) : PlanNode(PlanKind.Rule, bound)
{
    public RuleSymbol Rule { get; } = rule;

    public PlanNode Condition { get; } = condition;
}

/// <summary><c>consensus</c>, <c>unanimity</c> and <c>no veto</c>: a stance condition over selected members.</summary>
internal sealed class StancePlan(PlanKind kind, BoundCondition bound, SelectorPlan selector, bool abstentionAllowed = false, int minus = 0)
    : PlanNode(kind, bound)
{
    public SelectorPlan Selector { get; } = selector;

    /// <summary>For consensus: how many objections it tolerates (<c>consensus minus 1</c>).</summary>
    public int Minus { get; } = minus;

    /// <summary>For unanimity: whether an abstention leaves it unbroken.</summary>
    public bool AbstentionAllowed { get; } = abstentionAllowed;
}

/// <summary>A condition with nothing to work out beforehand: rival backing, the candidate's nationality or withdrawal, an error.</summary>
internal sealed class SimplePlan(PlanKind kind, BoundCondition bound) : PlanNode(kind, bound);

/// <summary>
/// The members a condition speaks of, in the decision's body: the flag and the member left out as a
/// mask by member index; the date and the candidate's own state are read per evaluation.
/// </summary>
internal sealed class SelectorPlan
{
    private string? _words;

    public SelectorPlan(BoundSelector bound, BodySymbol body)
    {
        Bound = bound;
        IsEveryone = bound.IsEveryone;
        Allowed = [.. body.MemberArray.Select(m =>
            (bound.Flag is null || m.Flags.Contains(bound.Flag) != bound.WithoutFlag) && !string.Equals(m.Name, bound.ExceptMember, StringComparison.Ordinal))];
    }

    public BoundSelector Bound { get; }

    /// <summary>Whether this is every member that counts, so the state's own tallies answer for it.</summary>
    public bool IsEveryone { get; }

    /// <summary>By member index: has the flag and is not the member left out.</summary>
    public bool[] Allowed { get; }

    /// <summary>The selector in words: empty for every member.</summary>
    public string Words => _words ??= Bound.Words;
}
