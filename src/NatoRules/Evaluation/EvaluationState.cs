using NatoRules.Binding;
using NatoRules.Facts;

namespace NatoRules.Evaluation;

/// <summary>
/// Where each member stands on one candidate on one date, computed once per evaluation and read by
/// every condition. Instances are reused per thread, so the boolean path allocates nothing.
/// </summary>
internal sealed class EvaluationState
{
    /// <summary>The decision being evaluated, lowered.</summary>
    public DecisionPlan Plan { get; private set; } = null!;
    public CandidateSymbol Candidate { get; private set; } = null!;
    public DateOnly AsOf { get; private set; }
    public FactBase Facts { get; private set; } = null!;

    public MemberSymbol[] Members { get; private set; } = [];
    public bool[] Counts { get; private set; } = [];
    public Stance[] Stances { get; private set; } = [];

    // Each member's position as an index into the candidate's timeline (-1: none), and the guarantee
    // found for it, written only where the position is conditional: whole numbers and rare stores, so
    // working out the stances writes no references (each would cost a write barrier).
    private PositionFact[] _timeline = [];
    private int[] _positionAt = [];
    private GuaranteeFact?[] _guarantees = [];

    /// <summary>Member <paramref name="index"/>'s position on the date, if it has taken one.</summary>
    public PositionFact? PositionOf(int index) => _positionAt[index] is var at and >= 0 ? _timeline[at] : null;

    /// <summary>The guarantee that lifted (for <c>unless</c>) or enabled (for <c>if</c>) member <paramref name="index"/>'s position.</summary>
    public GuaranteeFact? GuaranteeOf(int index) =>
        PositionOf(index) is { Condition: not PositionConditionKind.None } ? _guarantees[index] : null;

    public int Supports { get; private set; }
    public int Objections { get; private set; }
    public int Abstentions { get; private set; }

    /// <summary>Of the abstentions, those qualified by a formal declaration (constructive abstentions).</summary>
    public int DeclaredAbstentions { get; private set; }

    /// <summary>Whether member <paramref name="index"/> abstains with a formal declaration.</summary>
    public bool IsDeclared(int index) => Stances[index] == Stance.Abstains && PositionOf(index) is { Declared: true };
    public int Silent { get; private set; }
    public int Absent { get; private set; }
    public int NonMembers { get; private set; }
    public int NotSitting { get; private set; }
    public int Counted => Supports + Objections + Abstentions + Silent + Absent;

    /// <summary>The members present: those that support, object or abstain.</summary>
    public int Present => Supports + Objections + Abstentions;

    /// <summary>The vote that closed the question on or before the date asked, if one did: the state is that of its day.</summary>
    public VoteFact? Vote { get; private set; }

    /// <summary>The ballot whose requirements apply: that of the vote held, or the first while none is.</summary>
    public int Ballot => Vote?.Number ?? 1;

    /// <summary>Whether a vote closed the question: silence is absence, and what is not approved is rejected.</summary>
    public bool Closed => Vote is not null;

    /// <summary>Of the counts, the votes a tally gives beyond the members named: cast by members whose names the record does not give.</summary>
    public int Anonymous { get; private set; }

    private long _stepsLeft = long.MaxValue;
    private long _stepLimit = long.MaxValue;

    /// <summary>Sets how many steps the next evaluation may take (a step is one member looked at by one condition).</summary>
    public void Limit(long steps)
    {
        _stepLimit = steps;
        _stepsLeft = steps;
    }

    /// <summary>The steps taken since <see cref="Limit"/>.</summary>
    public long StepsTaken => _stepLimit - _stepsLeft;

    /// <summary>Counts the work of one condition over the members; throws once the budget is spent.</summary>
    public void Charge()
    {
        _stepsLeft -= Members.Length + 1;
        if (_stepsLeft < 0)
            throw new EvaluationLimitExceededException(_stepLimit);
    }

    // Each rule's result in this evaluation, by rule ordinal, on both paths.
    private int _evaluation;
    private readonly RuleMemo<Truth> _ruleTruths = new();
    private readonly RuleMemo<Explained> _ruleExplained = new();

    public Truth? RuleTruth(int rule) => _ruleTruths.TryGet(rule, _evaluation, out var truth) ? truth : null;

    public void RememberRule(int rule, Truth truth) => _ruleTruths.Set(rule, _evaluation, truth);

    public Explained? RuleExplained(int rule) => _ruleExplained.TryGet(rule, _evaluation, out var explained) ? explained : null;

    public void RememberRule(int rule, Explained explained) => _ruleExplained.Set(rule, _evaluation, explained);

    /// <summary>Values by rule ordinal; a stamp tells this evaluation's from an earlier one's without clearing.</summary>
    private sealed class RuleMemo<T>
    {
        private int[] _stamps = [];
        private T[] _values = [];

        public bool TryGet(int rule, int evaluation, out T value)
        {
            var known = rule < _stamps.Length && _stamps[rule] == evaluation;
            value = known ? _values[rule] : default!;
            return known;
        }

        public void Clear() => Array.Clear(_stamps);

        public void Set(int rule, int evaluation, T value)
        {
            if (rule >= _stamps.Length)
            {
                Array.Resize(ref _stamps, Math.Max(rule + 1, _stamps.Length * 2));
                Array.Resize(ref _values, _stamps.Length);
            }
            _stamps[rule] = evaluation;
            _values[rule] = value;
        }
    }

    /// <summary>
    /// Works out each member's stance, and keeps the position and guarantee that decided it. A vote held on or before
    /// <paramref name="asOf"/> closes the question: the state is then that of the vote's day (<see cref="AsOf"/> is it).
    /// </summary>
    public void Prepare(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts)
    {
        var vote = facts.VoteOn(candidate, asOf);
        if (vote is not null)
            asOf = vote.Date;
        Vote = vote;
        Plan = plan;
        Candidate = candidate;
        AsOf = asOf;
        Facts = facts;
        // A new evaluation: every rule result remembered before is stale. (Wrapping after 2^32 evaluations
        // could meet a stamp of the same value only on a state that was never used in between.)
        if (++_evaluation == 0)
        {
            _ruleTruths.Clear();
            _ruleExplained.Clear();
            _evaluation = 1;
        }
        var members = plan.Body.MemberArray;
        var n = members.Length;
        if (Counts.Length != n)
        {
            Counts = new bool[n];
            Stances = new Stance[n];
            _positionAt = new int[n];
            _guarantees = new GuaranteeFact?[n];
        }
        Members = members;
        Charge();
        // One look-up of the candidate's positions, then arrays indexed by member; the arrays in locals,
        // so the loop reads and writes them without a bounds check.
        var timeline = facts.PositionsOf(candidate) ?? Timeline.Empty;
        var (positions, starts, withPositions) = (timeline.Facts, timeline.Starts, timeline.MemberCount);
        _timeline = positions;
        var changes = facts.HasMembershipChanges;
        // Membership from the body's one period per member, read in order, unless facts change it or a member has several.
        var periods = changes ? null : plan.Body.SinglePeriods;
        var day = asOf.DayNumber;
        var countsOut = Counts;
        var stancesOut = Stances;
        var positionAt = _positionAt;
        int supports = 0, objections = 0, abstentions = 0, declared = 0, silent = 0, absent = 0, nonMembers = 0, notSitting = 0;
        for (var i = 0; i < members.Length; i++)
        {
            var counts = periods is not null
                ? day >= periods[i].From && day < periods[i].Until
                : changes ? facts.IsMember(members[i], asOf) : members[i].IsMemberOn(asOf);
            countsOut[i] = counts;
            var at = i < withPositions ? Timeline.Latest(positions, starts[i], starts[i + 1], asOf) : -1;
            positionAt[i] = at;
            var stance = Stance.Silent;
            if (at >= 0)
            {
                var position = positions[at];
                stance = position.Stance;
                if (position.Condition != PositionConditionKind.None)
                {
                    var guarantee = FindQualifyingGuarantee(position.Matter!, members[i]);
                    _guarantees[i] = guarantee;
                    var given = guarantee is not null;
                    if (position.Condition == PositionConditionKind.Unless ? given : !given)
                        stance = Stance.Silent;
                }
            }
            stancesOut[i] = stance;
            if (!counts)
            {
                nonMembers++;
                if (members[i].IsElected)
                    notSitting++;
                continue;
            }
            switch (stance)
            {
                case Stance.Supports: supports++; break;
                case Stance.Objects: objections++; break;
                case Stance.Abstains:
                    abstentions++;
                    if (positions[at].Declared)
                        declared++;
                    break;
                case Stance.Absent: absent++; break;
                default: silent++; break;
            }
        }
        // The rare cases are put right after the loop, so the loop over every member stays as short as it was.
        // The chair is a member on no day (its position is kept, for a tie): it is not a declared member the date leaves out either.
        if (plan.Body.ChairIndex >= 0)
            nonMembers--;
        // Once a vote is held, a member that took no position did not vote.
        if (vote is not null && silent > 0)
        {
            for (var i = 0; i < n; i++)
                if (stancesOut[i] == Stance.Silent)
                    stancesOut[i] = Stance.Absent;
            (absent, silent) = (absent + silent, 0);
        }
        // A tally's counts beyond the members named were cast by members the record does not name, who are
        // among those that took no position (absent so far).
        var anonymous = 0;
        if (vote?.Tally is { } tally)
        {
            var (moreSupports, moreObjections, moreAbstentions) =
                (Math.Max(0, tally.Supports - supports), Math.Max(0, tally.Objections - objections), Math.Max(0, tally.Abstentions - abstentions));
            anonymous = Math.Min(absent, moreSupports + moreObjections + moreAbstentions);
            moreSupports = Math.Min(moreSupports, anonymous);
            moreObjections = Math.Min(moreObjections, anonymous - moreSupports);
            moreAbstentions = anonymous - moreSupports - moreObjections;
            (supports, objections, abstentions, absent) = (supports + moreSupports, objections + moreObjections, abstentions + moreAbstentions, absent - anonymous);
        }
        (Supports, Objections, Abstentions, DeclaredAbstentions, Silent, Absent, NonMembers, NotSitting, Anonymous) =
            (supports, objections, abstentions, declared, silent, absent, nonMembers, notSitting, anonymous);
    }

    /// <summary>The first guarantee on <paramref name="matter"/> to <paramref name="member"/>, given on or before the date, that the decision's guarantee policy accepts.</summary>
    public GuaranteeFact? FindQualifyingGuarantee(MatterSymbol matter, MemberSymbol member)
    {
        var guarantees = Facts.Guarantees(matter);
        for (var i = 0; i < guarantees.Count; i++)
        {
            var guarantee = guarantees[i];
            if (guarantee.Date > AsOf)
                break;
            if (ReferenceEquals(guarantee.Receiver, member) && Plan.AcceptsGuarantee(guarantee, Candidate))
                return guarantee;
        }
        return null;
    }

    /// <summary>What this evaluation makes besides the truth; set when the state is rented, and for a part with <see cref="Use"/>.</summary>
    public EvaluationMode Mode { get; private set; }

    /// <summary>
    /// Whether explaining builds the explanation's steps; a verdict builds them only when its
    /// explanation is first read, so a caller that reads only blockers and tallies does not pay for them.
    /// </summary>
    public bool BuildsSteps => Mode.BuildsSteps;

    /// <summary>Whether explaining makes blockers; not when only a verdict's explanation tree is being built.</summary>
    public bool BuildsBlockers => Mode.BuildsBlockers;

    /// <summary>Whether explaining thresholds records their numbers (not on the boolean path).</summary>
    public bool RecordsThresholds => Mode.RecordsThresholds;

    /// <summary>Evaluates in <paramref name="mode"/> until the scope is disposed, then as before.</summary>
    public ModeScope Use(EvaluationMode mode)
    {
        var previous = Mode;
        Mode = mode;
        return new ModeScope(this, previous);
    }

    /// <summary>Puts the mode back as it was when disposed.</summary>
    public readonly struct ModeScope(EvaluationState state, EvaluationMode previous) : IDisposable
    {
        public void Dispose() => state.Mode = previous;
    }

    /// <summary>The thresholds recorded, made at the first (a decision without thresholds makes no list).</summary>
    public List<ThresholdResult>? Thresholds { get; set; }

    public void RecordThreshold(ThresholdResult result)
    {
        if (RecordsThresholds)
            (Thresholds ??= []).Add(result);
    }

    public Tallies Tallies => new(Supports, Objections, Abstentions, Silent, NonMembers) { NotSitting = NotSitting, Absent = Absent };

    /// <summary>Whether <paramref name="candidate"/> is running on the date: declared (or of unknown start) and not withdrawn.</summary>
    public bool IsRunning(CandidateSymbol candidate) =>
        (candidate.Declared is null || candidate.Declared.Value <= AsOf)
        && (Facts.WithdrawnOn(candidate) is not { } withdrawn || withdrawn > AsOf);

    [ThreadStatic]
    private static EvaluationState? t_cached;

    // Taken out while in use, so that an evaluation begun during another on the same thread (a verdict's
    // explanation read from inside a callback, say) gets a state of its own.
    public static EvaluationState Rent(EvaluationMode mode)
    {
        var state = t_cached ?? new EvaluationState();
        t_cached = null;
        state.Mode = mode;
        return state;
    }

    // Handed back clean: no mode and no thresholds of this evaluation carry into the next.
    public static void Return(EvaluationState state)
    {
        state.Mode = default;
        state.Thresholds = null;
        t_cached = state;
    }
}

/// <summary>What an evaluation makes besides the truth: an immutable value, chosen per evaluation.</summary>
/// <param name="BuildsSteps">The explanation's steps.</param>
/// <param name="BuildsBlockers">The blockers (not when only an explanation tree is being built again).</param>
/// <param name="RecordsThresholds">The numbers of each threshold.</param>
internal readonly record struct EvaluationMode(bool BuildsSteps, bool BuildsBlockers, bool RecordsThresholds)
{
    /// <summary>The boolean path: the truth alone.</summary>
    public static EvaluationMode Boolean => default;

    /// <summary>A verdict: blockers and thresholds, and the steps when asked for.</summary>
    public static EvaluationMode Verdict(bool buildSteps, bool buildBlockers) => new(buildSteps, buildBlockers, RecordsThresholds: true);
}
