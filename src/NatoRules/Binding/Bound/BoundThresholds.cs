using NatoRules.Syntax;

namespace NatoRules.Binding.Bound;

/// <summary>What a share of members is a share of.</summary>
internal enum ThresholdBasis : byte
{
    /// <summary><c>of members</c>: every member that counts on the date, present or not.</summary>
    Members,

    /// <summary><c>of members present</c>: those that support, object or abstain; absent members are left out.</summary>
    Present,

    /// <summary><c>of members present and voting</c>, or <c>of votes cast</c>: those that support or object; abstentions and absences are left out.</summary>
    Voting,
}

/// <summary>Whom a threshold counts.</summary>
internal enum ThresholdCounts : byte
{
    /// <summary>The members for: the supporters.</summary>
    Supporters,

    /// <summary>
    /// The members against (<c>at least 55% of members against</c>): a majority or a blocking minority against, which a
    /// decision uses under <c>not</c> (a proposal blocked only by a qualified majority against it).
    /// </summary>
    Objectors,

    /// <summary>
    /// The members abstaining with a formal declaration (<c>at least 1/3 of members abstaining with declaration</c>): the EU's
    /// constructive abstention, which under <c>not</c> blocks a decision once such abstainers reach a third of the states and of the population.
    /// </summary>
    DeclaredAbstainers,

    /// <summary>The members present (supporting, objecting or abstaining): a decision's quorum.</summary>
    Present,
}

/// <summary>
/// A threshold on supporters, or on the members <see cref="Counts"/> says (those against, those present for a quorum). A
/// threshold that fails is still pending while the silent members could reach it, and a threshold of supporters is deemed
/// met when the decision's blocking minority did not form.
/// </summary>
internal abstract record BoundThreshold(SyntaxNode Syntax) : BoundCondition(Syntax)
{
    /// <summary>Whom it counts: the supporters unless the rule says otherwise.</summary>
    public ThresholdCounts Counts { get; init; }

    /// <summary>Whether it counts supporters, so more support reaches it and a blocking minority can deem it met.</summary>
    public bool CountsSupporters => Counts == ThresholdCounts.Supporters;
}

/// <summary><c>at least N supports</c>, or with <paramref name="Strict"/> <c>more than N supports</c>.</summary>
internal sealed record BoundCountThreshold(SyntaxNode Syntax, long Count, bool Strict = false) : BoundThreshold(Syntax)
{
    /// <summary>The supports required: <see cref="Count"/>, or one more when more than it are asked for.</summary>
    public long Required => Strict && Count < long.MaxValue ? Count + 1 : Count;
}

/// <summary>
/// <c>at least P% of members</c>, <c>at least 2/3 of members</c>, or with <paramref name="Strict"/> <c>more than
/// half of members</c>: the count required is the smallest that reaches <paramref name="Share"/> of the members that
/// count (55% of 27 members is 15, two thirds of 54 is 36), or exceeds it (more than half of 54 is 28).
/// <paramref name="Words"/> is the share as written, for the words (<c>55%</c>, <c>2/3</c>, <c>half</c>).
/// </summary>
/// <paramref name="Basis"/> says which members the share is of: all that count, those present, or those present and voting.
internal sealed record BoundMemberShareThreshold(SyntaxNode Syntax, string Words, Rational Share, bool Strict = false,
    ThresholdBasis Basis = ThresholdBasis.Members) : BoundThreshold(Syntax)
{
    /// <summary>The basis in words, as written: <c>members</c>, <c>members present</c>, <c>members present and voting</c>, <c>votes cast</c>.</summary>
    public string BasisWords { get; init; } = "members";

    /// <summary>
    /// The members the share is of, when the rule selects some (<c>at least 2/3 of members where not suspended</c>); null for
    /// every member that counts. Over a selection, the members counted are those named: a vote not by name is in no selection.
    /// </summary>
    public BoundSelector? Selector { get; init; }
}

/// <summary>
/// <c>at least P% of ATTRIBUTE</c> (or a fraction, or <c>more than</c> with <paramref name="Strict"/>): the supporters'
/// sum of a numeric attribute, such as population, against <paramref name="Share"/> of its total over the members
/// that count, exactly (65% of 448,387,872 is 291,452,116.8).
/// </summary>
/// With <paramref name="Basis"/> <see cref="ThresholdBasis.Voting"/> (<c>a majority of votes cast by weight</c>), the total is
/// over the members voting for or against, so each vote weighs what the member's attribute says (the IMF's weighted votes).
internal sealed record BoundAttributeShareThreshold(SyntaxNode Syntax, string Words, Rational Share, string Attribute, bool Strict = false,
    ThresholdBasis Basis = ThresholdBasis.Members) : BoundThreshold(Syntax);
