using System.Numerics;
using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Evaluation;

namespace NatoRules.Analysis.Power;

/// <summary>
/// A decision read as a simple game: the players are the members that count on a date, each supports or objects, and a
/// coalition wins when the decision is approved with its members supporting and every other member objecting. Compiled
/// once from the decision's plan, so that the rule as written (thresholds, vetoes, blocking minorities, weights) decides,
/// and evaluated on a coalition as a bit mask (up to 63 players) or, for a game that only counts, on its size.
/// </summary>
internal sealed class CoalitionGame
{
    private CoalitionGame(MemberSymbol[] players, Node root, IReadOnlyList<string> notes, MemberSymbol[] dummies)
    {
        Dummies = dummies;
        Players = players;
        Root = root;
        Notes = notes;
        IsSymmetric = root.IsSymmetric;
    }

    /// <summary>The members that count on the date and that some condition names, in the body's order: player i is bit i of a coalition.</summary>
    public MemberSymbol[] Players { get; }

    /// <summary>
    /// The members that count on the date but that no condition names (the rule selects others only): they never turn a
    /// coalition, so they are set aside before enumerating, with no power, and every count of coalitions is 2^dummies times that of the players.
    /// </summary>
    public MemberSymbol[] Dummies { get; }

    public int Count => Players.Length;

    public Node Root { get; }

    /// <summary>What the game leaves out of the rule, in words (the candidate's eligibility, a chair's casting vote).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Whether every player is alike: the rule counts supporters of all the members and weighs nobody, so a coalition wins by its size alone.</summary>
    public bool IsSymmetric { get; }

    /// <summary>Whether the coalition <paramref name="coalition"/> (bit i: player i supports) wins.</summary>
    public bool Wins(ulong coalition) => Root.Wins(coalition, BitOperations.PopCount(coalition));

    /// <summary>For a symmetric game: whether a coalition of <paramref name="size"/> players wins.</summary>
    public bool WinsWithSize(int size) => Root.WinsWithSize(size);

    /// <summary>
    /// For six players or more: the 64 coalitions whose players from the seventh on are the bits of <paramref name="high"/>
    /// and whose first six vary, as one word: bit p is whether coalition <c>high &lt;&lt; 6 | p</c> wins.
    /// </summary>
    public ulong WinsWord(ulong high) => Root.WinsWord(high);

    /// <summary>Reads <paramref name="plan"/> as of <paramref name="asOf"/> over the members that count then.</summary>
    public static CoalitionGame Compile(DecisionPlan plan, DateOnly asOf, FactBase facts)
    {
        var body = plan.Body;
        var players = new List<MemberSymbol>();
        var dummies = new List<MemberSymbol>();
        var named = NamedMembers(plan, facts);
        var playerOf = new int[body.MemberArray.Length];
        for (var i = 0; i < body.MemberArray.Length; i++)
        {
            var member = body.MemberArray[i];
            playerOf[i] = -1;
            if (i == body.ChairIndex || !facts.IsMember(member, asOf))
                continue;
            if (named is not null && !named[i])
            {
                dummies.Add(member);
                continue;
            }
            playerOf[i] = players.Count;
            players.Add(member);
        }
        var compiler = new Compiler(plan, players.Count, playerOf, facts);
        var parts = new List<Node>();
        if (plan.Quorum is { } quorum)
            parts.Add(compiler.Quorum(quorum));
        for (var r = 0; r < plan.Requirements.Length; r++)
            if (plan.Applies(r, 1))
                parts.Add(compiler.Compile(plan.Requirements[r]));
        if (plan.Eligibility.Length > 0)
            compiler.Notes.Add("the candidate's eligibility is left out: the game is the members' votes");
        if (plan.CastingVote >= 0)
            compiler.Notes.Add("the chair, who is no member, is left out: a tie fails");
        return new CoalitionGame([.. players], parts.Count == 1 ? parts[0] : new AllNode([.. parts]), compiler.Notes, [.. dummies]);
    }

    /// <summary>
    /// By member index, the members some requirement names through a selection; null when one speaks of every member (a
    /// count, a share of all the members, a weight, a selector of everyone), so that every member that counts plays.
    /// </summary>
    private static bool[]? NamedMembers(DecisionPlan plan, FactBase facts)
    {
        var named = new bool[plan.Body.MemberArray.Length];
        var seen = new HashSet<PlanNode>();
        var pending = new Stack<PlanNode>();
        for (var r = 0; r < plan.Requirements.Length; r++)
            if (plan.Applies(r, 1))
                pending.Push(plan.Requirements[r]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
                continue;
            switch (node)
            {
                case CompositePlan composite:
                    foreach (var operand in composite.Operands)
                        pending.Push(operand);
                    break;
                case NotPlan not:
                    pending.Push(not.Operand);
                    break;
                case RulePlan rule:
                    pending.Push(rule.Condition);
                    break;
                case StancePlan stance when !stance.Selector.IsEveryone:
                    Select(stance.Selector);
                    break;
                case ThresholdPlan { Selection: { IsEveryone: false } selection }:
                    Select(selection);
                    break;
                case StancePlan or ThresholdPlan { Counts: ThresholdCounts.Supporters or ThresholdCounts.Objectors }:
                    return null;
            }
        }
        // Every member plays where the rule names nobody (a rule of constants only).
        return named.Any(n => n) ? named : null;

        void Select(SelectorPlan selector)
        {
            var members = plan.Body.MemberArray;
            for (var i = 0; i < members.Length; i++)
                if (selector.Allowed[i] && (selector.Bound.On is not { } on || facts.IsMember(members[i], on)))
                    named[i] = true;
        }
    }

    /// <summary>A condition of the game, on a coalition and its size.</summary>
    internal abstract class Node
    {
        public abstract bool Wins(ulong coalition, int size);

        /// <summary>The 64 coalitions of one word at once (see <see cref="CoalitionGame.WinsWord"/>).</summary>
        public abstract ulong WinsWord(ulong high);

        /// <summary>On a coalition of <paramref name="size"/> players, for a symmetric game.</summary>
        public abstract bool WinsWithSize(int size);

        /// <summary>Whether the node reads the coalition's size alone.</summary>
        public abstract bool IsSymmetric { get; }
    }

    internal sealed class ConstantNode(bool value) : Node
    {
        public override bool Wins(ulong coalition, int size) => value;
        public override ulong WinsWord(ulong high) => value ? ulong.MaxValue : 0;
        public override bool WinsWithSize(int size) => value;
        public override bool IsSymmetric => true;
    }

    internal sealed class AllNode(Node[] operands) : Node
    {
        public Node[] Operands { get; } = operands;

        public override bool Wins(ulong coalition, int size)
        {
            foreach (var operand in Operands)
                if (!operand.Wins(coalition, size))
                    return false;
            return true;
        }

        public override ulong WinsWord(ulong high)
        {
            var word = ulong.MaxValue;
            foreach (var operand in Operands)
                if ((word &= operand.WinsWord(high)) == 0)
                    break;
            return word;
        }

        public override bool WinsWithSize(int size) => Operands.All(o => o.WinsWithSize(size));
        public override bool IsSymmetric => Operands.All(o => o.IsSymmetric);
    }

    internal sealed class AnyNode(Node[] operands) : Node
    {
        public override bool Wins(ulong coalition, int size)
        {
            foreach (var operand in operands)
                if (operand.Wins(coalition, size))
                    return true;
            return false;
        }

        public override ulong WinsWord(ulong high)
        {
            var word = 0UL;
            foreach (var operand in operands)
                if ((word |= operand.WinsWord(high)) == ulong.MaxValue)
                    break;
            return word;
        }

        public override bool WinsWithSize(int size) => operands.Any(o => o.WinsWithSize(size));
        public override bool IsSymmetric => operands.All(o => o.IsSymmetric);
    }

    internal sealed class NotNode(Node operand) : Node
    {
        public override bool Wins(ulong coalition, int size) => !operand.Wins(coalition, size);
        public override ulong WinsWord(ulong high) => ~operand.WinsWord(high);
        public override bool WinsWithSize(int size) => !operand.WinsWithSize(size);
        public override bool IsSymmetric => operand.IsSymmetric;
    }

    /// <summary>
    /// Supporters among the selected players (<paramref name="everyone"/>: all of them) reach <paramref name="required"/>, or,
    /// with <paramref name="objectors"/>, the selected players outside the coalition do. Consensus and vetoes are this with
    /// every selected player required (a veto holder outside the coalition objects).
    /// </summary>
    internal sealed class CountNode(ulong mask, int selected, long required, bool objectors, bool everyone) : Node
    {
        // By a count c of the first six players among those selected: the positions p (the first six players' bits) of
        // at least c (for supporters) or at most c (for objectors) selected players.
        private readonly ulong[] _atLeast = Positions(mask, atLeast: true), _atMost = Positions(mask, atLeast: false);
        private readonly ulong _highMask = mask >> 6;

        private static ulong[] Positions(ulong mask, bool atLeast)
        {
            var words = new ulong[8];
            for (var c = 0; c < 8; c++)
                for (var p = 0; p < 64; p++)
                    if (BitOperations.PopCount((ulong)p & mask & 63) is var count && (atLeast ? count >= c : count <= c))
                        words[c] |= 1UL << p;
            return words;
        }

        public override ulong WinsWord(ulong high)
        {
            var highCount = BitOperations.PopCount(high & _highMask);
            if (!objectors)
            {
                var needed = required - highCount; // of the first six
                return needed <= 0 ? ulong.MaxValue : needed > 7 ? 0 : _atLeast[needed];
            }
            var allowed = selected - required - highCount; // selected supporters among the first six, at most
            return allowed < 0 ? 0 : allowed >= 7 ? ulong.MaxValue : _atMost[allowed];
        }

        public override bool Wins(ulong coalition, int size)
        {
            var supporting = everyone ? size : BitOperations.PopCount(coalition & mask);
            return (objectors ? selected - supporting : supporting) >= required;
        }

        public override bool WinsWithSize(int size) => (objectors ? selected - size : size) >= required;
        public override bool IsSymmetric => everyone;
    }

    /// <summary>
    /// The supporters' (or objectors') weight against a share of the total: weight × denominator ≥ numerator × total, or
    /// more than it for a strict share. The weights are summed from two tables, of the low and the high half
    /// of a coalition's bits, so a sum costs two look-ups.
    /// </summary>
    internal sealed class WeightNode : Node
    {
        private readonly Int128[] _low, _high;
        private readonly int _lowBits;
        private readonly Int128 _required, _denominator, _total;
        private readonly bool _strict, _objectors;

        public WeightNode(BigInteger[] weights, Rational share, bool strict, bool objectors)
        {
            var total = BigInteger.Zero;
            foreach (var weight in weights)
                total += weight;
            if (BigInteger.Abs(total) * share.Denominator > (BigInteger)long.MaxValue || share.Numerator > long.MaxValue)
                throw new NotSupportedException("weights too large for an exact analysis in 128 bits");
            Weights = weights;
            _total = (Int128)total;
            _required = (Int128)share.Numerator * _total;
            _denominator = (Int128)share.Denominator;
            (_strict, _objectors) = (strict, objectors);
            var n = weights.Length;
            _lowBits = Math.Min(n, (n + 1) / 2);
            _low = Sums(weights, 0, _lowBits);
            _high = n <= 63 ? Sums(weights, _lowBits, n - _lowBits) : [];
            if (n >= 6)
            {
                // The first six players' sums by position, in increasing order, and the positions from each rank up or down;
                // the rest from two tables of the higher players' bits.
                var first = Sums(weights, 0, 6);
                _order = [.. Enumerable.Range(0, 64).OrderBy(p => first[p])];
                _ranked = [.. _order.Select(p => first[p])];
                _fromRank = new ulong[65];
                _belowRank = new ulong[65];
                for (var j = 63; j >= 0; j--)
                    _fromRank[j] = _fromRank[j + 1] | 1UL << _order[j];
                for (var j = 1; j <= 64; j++)
                    _belowRank[j] = _belowRank[j - 1] | 1UL << _order[j - 1];
                _splitBits = (n - 6) / 2;
                _highLow = Sums(weights, 6, _splitBits);
                _highHigh = Sums(weights, 6 + _splitBits, n - 6 - _splitBits);
            }
        }

        private readonly int[] _order = [];
        private readonly Int128[] _ranked = [], _highLow = [], _highHigh = [];
        private readonly ulong[] _fromRank = [], _belowRank = [];
        private readonly int _splitBits;

        // Whether first six players' sum `low`, with the others' `rest`, reaches the share.
        private bool Reaches(Int128 low, Int128 rest)
        {
            var counted = _objectors ? _total - low - rest : low + rest;
            var weighed = counted * _denominator;
            return _strict ? weighed > _required : weighed >= _required;
        }

        public override ulong WinsWord(ulong high)
        {
            var rest = _highLow[(int)(high & ((1UL << _splitBits) - 1))] + _highHigh[(int)(high >> _splitBits)];
            // Supporters: reached from some rank up; objectors: up to some rank. A binary search for that rank.
            int lo = 0, hi = 64;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (Reaches(_ranked[mid], rest) != _objectors)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            return _objectors ? _belowRank[lo] : _fromRank[lo];
        }

        public BigInteger[] Weights { get; }

        private static Int128[] Sums(BigInteger[] weights, int from, int count)
        {
            if (count > 20)
                return [];
            var sums = new Int128[1 << count];
            for (var s = 1; s < sums.Length; s++)
            {
                var bit = BitOperations.TrailingZeroCount(s);
                sums[s] = sums[s & (s - 1)] + (Int128)weights[from + bit];
            }
            return sums;
        }

        public override bool Wins(ulong coalition, int size)
        {
            var supporting = _low[(int)(coalition & ((1UL << _lowBits) - 1))] + _high[(int)(coalition >> _lowBits)];
            var counted = _objectors ? _total - supporting : supporting;
            var weighed = counted * _denominator;
            return _strict ? weighed > _required : weighed >= _required;
        }

        public override bool WinsWithSize(int size) => throw new InvalidOperationException("A weighted game is not symmetric.");
        public override bool IsSymmetric => false;
    }

    private sealed class Compiler(DecisionPlan plan, int players, int[] playerOf, FactBase facts)
    {
        private readonly Dictionary<PlanNode, Node> _rules = [];

        public List<string> Notes { get; } = [];

        private ulong All => players >= 64 ? ulong.MaxValue : (1UL << players) - 1;

        public Node Quorum(ThresholdPlan quorum) =>
            // Every player votes, for or against: all are present.
            new ConstantNode(quorum.Measure == ThresholdMeasure.Count ? quorum.Count <= players : quorum.RequiredMembers(players) <= players);

        public Node Compile(PlanNode node)
        {
            switch (node)
            {
                case CompositePlan composite:
                    var operands = Array.ConvertAll(composite.Operands, Compile);
                    return composite.IsAll ? new AllNode(operands) : new AnyNode(operands);
                case NotPlan not:
                    return new NotNode(Compile(not.Operand));
                case RulePlan rule:
                    if (!_rules.TryGetValue(rule.Condition, out var compiled))
                        _rules[rule.Condition] = compiled = Compile(rule.Condition);
                    return compiled;
                case StancePlan stance:
                    // Consensus, unanimity and no veto: in a game of supporters and objectors, each selected player must
                    // support (consensus minus N tolerates N objections).
                    var (mask, selected, everyone) = Selection(stance.Selector);
                    return new CountNode(mask, selected, selected - stance.Minus, objectors: false, everyone);
                case ThresholdPlan threshold:
                    return Threshold(threshold);
                case { Kind: PlanKind.NoRivalBacking }:
                    Notes.Add("rival candidates are left out: a member backs no rival");
                    return new ConstantNode(true);
                case { Kind: PlanKind.CandidateNational or PlanKind.CandidateWithdrawn }:
                    Notes.Add($"`{node.Text}` is about the candidate, not the members: left out as met");
                    return new ConstantNode(true);
                default:
                    throw new NotSupportedException($"`{node.Text}` cannot be read as a game");
            }
        }

        private Node Threshold(ThresholdPlan threshold)
        {
            Node node;
            switch (threshold.Measure)
            {
                case ThresholdMeasure.Count when threshold.Counts is ThresholdCounts.Supporters or ThresholdCounts.Objectors:
                    node = new CountNode(All, players, threshold.Count, threshold.Counts == ThresholdCounts.Objectors, everyone: true);
                    break;
                case ThresholdMeasure.MemberShare when threshold.Counts is ThresholdCounts.Supporters or ThresholdCounts.Objectors:
                    // Every player is present and voting, so each basis is the players selected.
                    var (mask, selected, everyone) = threshold.Selection is { } selection ? Selection(selection) : (All, players, true);
                    node = new CountNode(mask, selected, threshold.RequiredMembers(selected), threshold.Counts == ThresholdCounts.Objectors, everyone);
                    break;
                case ThresholdMeasure.AttributeShare when threshold.Counts is ThresholdCounts.Supporters or ThresholdCounts.Objectors:
                    if (players > 63)
                        throw new NotSupportedException($"a weighted game of {players} members is too large to enumerate");
                    var values = threshold.WholeValues;
                    var weights = new BigInteger[players];
                    for (var i = 0; i < playerOf.Length; i++)
                        if (playerOf[i] >= 0)
                            weights[playerOf[i]] = values[i];
                    node = new WeightNode(weights, threshold.Share, threshold.Strict, threshold.Counts == ThresholdCounts.Objectors);
                    break;
                default:
                    // Present for a quorum, or abstaining with a declaration: every player votes for or against, so nobody abstains.
                    node = new ConstantNode(threshold.Counts == ThresholdCounts.Present);
                    break;
            }
            // A threshold of supporters is deemed met unless a blocking minority withholds support.
            return threshold.CountsSupporters && plan.BlockingMinority is { } minority
                ? new AnyNode([node, new CountNode(All, players, players - minority + 1, objectors: false, everyone: true)])
                : node;
        }

        // The players a selector selects: its flag and the member it leaves out by index, membership on its date; a
        // selector's `except candidate` leaves out nobody, since the game has no candidate.
        private (ulong Mask, int Selected, bool Everyone) Selection(SelectorPlan selector)
        {
            if (selector.IsEveryone)
                return (All, players, true);
            if (selector.Bound.ExceptCandidate)
                Notes.Add("`except candidate` leaves out nobody: the game has no candidate");
            var mask = 0UL;
            var selected = 0;
            var members = plan.Body.MemberArray;
            for (var i = 0; i < members.Length; i++)
            {
                if (playerOf[i] < 0 || !selector.Allowed[i] || (selector.Bound.On is { } on && !facts.IsMember(members[i], on)))
                    continue;
                if (playerOf[i] >= 64)
                    throw new NotSupportedException($"a selection among {players} members is too large to enumerate");
                mask |= 1UL << playerOf[i];
                selected++;
            }
            return (mask, selected, selected == players);
        }
    }
}
