using NatoRules.Binding;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>Why a member blocks.</summary>
public enum BlockerKind
{
    /// <summary>The member objects where consensus or unanimity is required.</summary>
    Objection,
    /// <summary>The member objects unless a guarantee it waits for is given.</summary>
    ConditionalObjection,
    /// <summary>The member holds a veto and objects.</summary>
    Veto,
    /// <summary>The member abstains where an abstention breaks unanimity.</summary>
    Abstention,
    /// <summary>The member backs a rival candidate who is still running.</summary>
    RivalBacking,
    /// <summary>A threshold is not reached, and could not be even if every silent member supported; no one member blocks.</summary>
    Threshold,
    /// <summary>The member was absent from a vote where unanimity needs every member's explicit support.</summary>
    Absence,
    /// <summary>
    /// The member abstains with a formal declaration, and the members that do reach the share that stops the decision (a
    /// constructive abstention, TEU Article 31(1): a third of the states with a third of the population).
    /// </summary>
    DeclaredAbstention,
    /// <summary>In an election for seats, the candidate meets the requirements, but rivals with more supports (or tied with it) fill the seats.</summary>
    Outpolled,
}

/// <summary>What would lift a blocker.</summary>
public enum UnblockKind
{
    /// <summary>A qualifying guarantee is given.</summary>
    Guarantee,
    /// <summary>The member changes its position.</summary>
    ChangeOfPosition,
    /// <summary>A rival candidate withdraws.</summary>
    RivalWithdrawal,
    /// <summary>More members support.</summary>
    MoreSupport,
}

/// <summary>One way to lift a blocker or reach a threshold.</summary>
/// <remarks>The description is put together when first read. Two options are equal when their kind, member, matter and description are.</remarks>
public sealed record UnblockOption
{
    // The evaluator's options keep what their words need, not a closure: the words are made only if read.
    private string? _description;
    private readonly OptionWords _words;
    private readonly object? _subject;
    private readonly string? _policy;

    /// <summary>Creates an option.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <param name="member">The member that would act or receive, if one.</param>
    /// <param name="matter">The matter of the guarantee, for a guarantee.</param>
    /// <param name="description">The step in words.</param>
    public UnblockOption(UnblockKind kind, MemberSymbol? member, MatterSymbol? matter, string description)
        : this(kind, member, matter, OptionWords.Given, null, null) => _description = description;

    private UnblockOption(UnblockKind kind, MemberSymbol? member, MatterSymbol? matter, OptionWords words, object? subject, string? policy)
    {
        Kind = kind;
        Member = member;
        Matter = matter;
        _words = words;
        _subject = subject;
        _policy = policy;
    }

    /// <summary>How an option of the evaluator's is put in words.</summary>
    internal enum OptionWords { Given, LiftsObjection, AbstainsOrSupports, Supports, SupportsCandidate, Withdraws, Guarantee, MoreSupport, AllSupport }

    /// <summary>A change of position by <paramref name="member"/>; <paramref name="candidate"/> for <see cref="OptionWords.SupportsCandidate"/>.</summary>
    internal static UnblockOption ChangeOfPosition(MemberSymbol member, OptionWords words, string? candidate = null) =>
        new(UnblockKind.ChangeOfPosition, member, null, words, candidate, null);

    /// <summary>A guarantee on <paramref name="matter"/> to <paramref name="member"/>, in the form the decision's <paramref name="policy"/> asks, if it has one.</summary>
    internal static UnblockOption Guarantee(MemberSymbol member, MatterSymbol matter, string? policy, string candidate) =>
        new(UnblockKind.Guarantee, member, matter, OptionWords.Guarantee, candidate, policy);

    internal static UnblockOption Withdrawal(string rival) => new(UnblockKind.RivalWithdrawal, null, null, OptionWords.Withdraws, rival, null);

    internal static UnblockOption MoreSupport(ThresholdResult threshold) => new(UnblockKind.MoreSupport, null, null, OptionWords.MoreSupport, threshold, null);

    /// <summary>Every one of <paramref name="members"/>, all silent, supports: what a pending unanimity waits for.</summary>
    internal static UnblockOption AllSupport(MemberSymbol[] members) =>
        new(UnblockKind.MoreSupport, members.Length == 1 ? members[0] : null, null, OptionWords.AllSupport, members, null);

    /// <summary>The kind of step.</summary>
    public UnblockKind Kind { get; }

    /// <summary>How the evaluator put it, for the search of the smallest changes that approve.</summary>
    internal OptionWords Words => _words;

    /// <summary>The candidate supported, the rival withdrawing, or the candidate giving a guarantee, by name; or the members awaited.</summary>
    internal object? Subject => _subject;

    /// <summary>The member that would act or receive, if one.</summary>
    public MemberSymbol? Member { get; }

    /// <summary>The matter of the guarantee, for a guarantee.</summary>
    public MatterSymbol? Matter { get; }

    /// <summary>The step in words.</summary>
    public string Description => _description ??= _words switch
    {
        OptionWords.LiftsObjection => $"{Member!.Name} lifts its objection",
        OptionWords.AbstainsOrSupports => $"{Member!.Name} abstains or supports instead of voting against",
        OptionWords.Supports => $"{Member!.Name} supports",
        OptionWords.SupportsCandidate => $"{Member!.Name} supports {_subject}",
        OptionWords.Withdraws => $"{_subject} withdraws",
        OptionWords.Guarantee => $"a guarantee on {Matter!.Name} to {Member!.Name}"
            + (_policy is not null ? $" that is {_policy.Replace("candidate", "candidate " + _subject, StringComparison.Ordinal)}" : ""),
        OptionWords.MoreSupport when _subject is ThresholdResult { IsQuorum: true } quorum => $"more members present to reach {quorum.Description} (now {quorum.Text})",
        OptionWords.MoreSupport when _subject is ThresholdResult threshold => $"more support to reach {threshold.Description} (now {threshold.Text})",
        OptionWords.AllSupport when _subject is MemberSymbol[] members => members.Length == 1
            ? $"{members[0].Name} supports"
            : $"all {members.Length} members yet to take a position support: {string.Join(", ", members.Select(m => m.Name))}",
        _ => throw new InvalidOperationException($"No words for {_words}."),
    };

    /// <inheritdoc/>
    public bool Equals(UnblockOption? other) =>
        other is not null && Kind == other.Kind && Equals(Member, other.Member) && Equals(Matter, other.Matter)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Member, Matter, Description);
}

/// <summary>A member that blocks the decision, why, where the fact is stated, and what would lift it.</summary>
/// <remarks>The reason is put together when first read.</remarks>
public sealed record Blocker
{
    // The evaluator's blockers keep what their words need, not a closure: the words are made only if read.
    private string? _reason;
    private readonly string? _subject;
    private readonly string? _matter;
    private readonly string? _policy;

    /// <summary>Creates a blocker.</summary>
    /// <param name="member">The blocking member.</param>
    /// <param name="kind">Why it blocks.</param>
    /// <param name="reason">The reason in words.</param>
    /// <param name="factLocation">Where the position it holds is stated.</param>
    /// <param name="ruleLocation">The rule clause it blocks.</param>
    /// <param name="unblock">What would lift it.</param>
    public Blocker(MemberSymbol? member, BlockerKind kind, string reason, Location? factLocation, Location? ruleLocation,
        IReadOnlyList<UnblockOption> unblock)
        : this(member, kind, factLocation, ruleLocation, unblock, null) => _reason = reason;

    /// <summary>
    /// A blocker in the evaluator's words: <paramref name="subject"/> is the candidate objected to or
    /// the rival backed; <paramref name="matter"/> and <paramref name="policy"/> name the guarantee a
    /// conditional objection waits for and the form it must take.
    /// </summary>
    internal Blocker(MemberSymbol? member, BlockerKind kind, Location? factLocation, Location? ruleLocation,
        IReadOnlyList<UnblockOption> unblock, string? subject, string? matter = null, string? policy = null)
    {
        Member = member;
        Kind = kind;
        FactLocation = factLocation;
        RuleLocation = ruleLocation;
        Unblock = unblock;
        _subject = subject;
        _matter = matter;
        _policy = policy;
    }

    /// <summary>A threshold that is not reached: it blocks with no member to name.</summary>
    internal static Blocker ForThreshold(ThresholdResult threshold) =>
        new(null, BlockerKind.Threshold, null, threshold.Location, new[] { UnblockOption.MoreSupport(threshold) }, null) { Threshold = threshold };

    /// <summary>The blocking member; null for a <see cref="BlockerKind.Threshold"/> blocker.</summary>
    public MemberSymbol? Member { get; }

    /// <summary>The threshold not reached, for a <see cref="BlockerKind.Threshold"/> blocker; otherwise null.</summary>
    public ThresholdResult? Threshold { get; private init; }

    /// <summary>Why it blocks.</summary>
    public BlockerKind Kind { get; }

    /// <summary>The reason in words.</summary>
    public string Reason => _reason ??= Kind switch
    {
        BlockerKind.Objection => $"objects to {_subject}",
        BlockerKind.Veto => $"vetoes {_subject}",
        BlockerKind.ConditionalObjection => $"objects to {_subject} unless guarantee {_matter}, which has not been given"
            + (_policy is not null ? $" in a form that counts ({_policy})" : ""),
        BlockerKind.Abstention => "abstains, and an abstention breaks unanimity",
        BlockerKind.Absence => "is absent, and unanimity needs every member's explicit support",
        BlockerKind.DeclaredAbstention => "abstains with a declaration, and the members that do are enough to stop the decision",
        BlockerKind.RivalBacking => $"backs the rival candidate {_subject}, who is still running",
        BlockerKind.Threshold => $"{Threshold!.Description} is not reached: {Threshold.Text}",
        _ => throw new InvalidOperationException($"No words for {Kind}."),
    };

    /// <summary>Where the position it holds is stated.</summary>
    public Location? FactLocation { get; }

    /// <summary>The rule clause it blocks.</summary>
    public Location? RuleLocation { get; }

    /// <summary>What would lift it.</summary>
    public IReadOnlyList<UnblockOption> Unblock { get; }

    /// <inheritdoc/>
    public bool Equals(Blocker? other) =>
        other is not null && Equals(Member, other.Member) && Kind == other.Kind && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Equals(FactLocation, other.FactLocation) && Equals(RuleLocation, other.RuleLocation) && Unblock.SequenceEqual(other.Unblock);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Kind, Reason, FactLocation, RuleLocation);
}

/// <summary>
/// Blocker lists joined in order, in time linear in their total length: the first list itself while
/// there is no second, as usually only one condition fails; one list owned from the second on.
/// </summary>
internal struct BlockerJoin
{
    private IReadOnlyList<Blocker>? _first;
    private List<Blocker>? _all;

    public void Add(IReadOnlyList<Blocker> more)
    {
        if (more.Count == 0)
            return;
        if (_all is not null)
            _all.AddRange(more);
        else if (_first is null)
            _first = more;
        else
            _all = [.. _first, .. more];
    }

    public readonly IReadOnlyList<Blocker>? Result => _all ?? _first;
}
