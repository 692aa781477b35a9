using NatoRules.Facts;

namespace NatoRules.Binding;

/// <summary>
/// The bound facts of a compilation, indexed for evaluation: each candidate's positions per member,
/// sorted by date (a <see cref="Timeline"/>); guarantees per matter; membership changes per member.
/// Immutable; a test's what-if overrides make a changed copy that shares everything they do not touch.
/// </summary>
internal sealed class FactBase
{
    // By candidate ordinal: an array index is cheaper than a hash look-up on every evaluation.
    private readonly Timeline?[] _positions;
    private readonly Dictionary<MatterSymbol, GuaranteeFact[]> _guarantees;
    private readonly Dictionary<MemberSymbol, MembershipChange[]> _membershipChanges;
    private readonly Dictionary<CandidateSymbol, DateOnly?> _withdrawals;
    // By candidate ordinal, each sorted by date; empty when no fact is a vote, so the look-up costs a length test.
    private readonly VoteFact[]?[] _votes;

    private FactBase(
        Timeline?[] positions,
        Dictionary<MatterSymbol, GuaranteeFact[]> guarantees,
        Dictionary<MemberSymbol, MembershipChange[]> membershipChanges,
        Dictionary<CandidateSymbol, DateOnly?> withdrawals,
        VoteFact[]?[] votes)
    {
        _positions = positions;
        _guarantees = guarantees;
        _membershipChanges = membershipChanges;
        _withdrawals = withdrawals;
        _votes = votes;
    }

    private static VoteFact[]?[] VotesByCandidate(IEnumerable<VoteFact> votes)
    {
        var byCandidate = votes.GroupBy(v => v.Candidate).ToList();
        if (byCandidate.Count == 0)
            return [];
        var table = new VoteFact[]?[byCandidate.Max(g => g.Key.Ordinal) + 1];
        foreach (var group in byCandidate)
            table[group.Key.Ordinal] = [.. group.OrderBy(v => v.Date).ThenBy(v => v.Number)];
        return table;
    }

    /// <summary>
    /// The latest vote on <paramref name="candidate"/> held on or before <paramref name="asOf"/>, if any (of several ballots on
    /// one day, the last): it closes the question.
    /// </summary>
    public VoteFact? VoteOn(CandidateSymbol candidate, DateOnly asOf)
    {
        if ((uint)candidate.Ordinal >= (uint)_votes.Length || _votes[candidate.Ordinal] is not { } votes || !ReferenceEquals(votes[0].Candidate, candidate))
            return null;
        VoteFact? latest = null;
        foreach (var vote in votes)
        {
            if (vote.Date > asOf)
                break;
            latest = vote;
        }
        return latest;
    }

    /// <summary>Every vote held, by candidate and date.</summary>
    public IEnumerable<VoteFact> AllVotes => _votes.SelectMany(v => v ?? []);

    /// <summary>A copy with a what-if vote added, replacing one on the same day (and ballot).</summary>
    public FactBase WithVote(VoteFact vote) =>
        new(_positions, _guarantees, _membershipChanges, _withdrawals,
            VotesByCandidate(AllVotes.Where(v => !(ReferenceEquals(v.Candidate, vote.Candidate) && v.Date == vote.Date && v.Ballot == vote.Ballot)).Append(vote)));

    /// <summary>A copy as the questions stood after ballot <paramref name="ballot"/>: the ballots numbered after it not yet held.</summary>
    public FactBase WithoutBallotsAfter(int ballot) =>
        new(_positions, _guarantees, _membershipChanges, _withdrawals, VotesByCandidate(AllVotes.Where(v => v.Number <= ballot)));

    /// <summary>
    /// The fact base of the facts given. <paramref name="listsOfTwoOrMore"/>: the member-by-candidate lists
    /// that hold two or more positions, noted while filling them, for the binder's same-day check (most
    /// lists of a large file are empty or hold one).
    /// </summary>
    public static FactBase Create(
        ReadOnlySpan<PositionFact> positions, IEnumerable<GuaranteeFact> guarantees, IEnumerable<MembershipChange> changes,
        IEnumerable<VoteFact> votes, out List<ArraySegment<PositionFact>> listsOfTwoOrMore)
    {
        // Bucketed by candidate, then by member index, each bucket sorted by date and in the order stated
        // within a day. A counting sort over bucket numbers read in one pass: the facts themselves are read
        // once, in order, and each candidate's buckets are one exact array filled in sequence.
        var candidates = new List<CandidateSymbol>();
        var firstBucket = new List<int>(); // per candidate: its members' buckets start here
        var localOf = new int[16]; // by candidate ordinal: its place in `candidates` plus one, or 0 before it is seen
        // The working arrays are rented: a large file needs several of a megabyte or more, which the
        // collector would otherwise sweep from the large object heap after every compilation.
        var pool = System.Buffers.ArrayPool<int>.Shared;
        var bucketOf = pool.Rent(positions.Length);
        var dayOf = pool.Rent(positions.Length);
        CandidateSymbol? last = null;
        var lastBase = 0;
        var bucketCount = 0;
        for (var p = 0; p < positions.Length; p++)
        {
            var position = positions[p];
            if (!ReferenceEquals(position.Candidate, last))
            {
                last = position.Candidate;
                if (last.Ordinal >= localOf.Length)
                    Array.Resize(ref localOf, Math.Max(localOf.Length * 2, last.Ordinal + 1));
                if (localOf[last.Ordinal] == 0)
                {
                    candidates.Add(last);
                    localOf[last.Ordinal] = candidates.Count;
                    firstBucket.Add(bucketCount);
                    bucketCount += position.Member.Body.Members.Count;
                }
                lastBase = firstBucket[localOf[last.Ordinal] - 1];
            }
            bucketOf[p] = lastBase + position.Member.Index;
            dayOf[p] = position.Date.DayNumber;
        }

        var starts = pool.Rent(bucketCount + 1);
        Array.Clear(starts, 0, bucketCount + 1);
        for (var p = 0; p < positions.Length; p++)
            starts[bucketOf[p] + 1]++;
        for (var b = 0; b < bucketCount; b++)
            starts[b + 1] += starts[b];
        var order = pool.Rent(positions.Length);
        var next = pool.Rent(bucketCount + 1);
        Array.Copy(starts, next, bucketCount + 1);
        for (var p = 0; p < positions.Length; p++)
            order[next[bucketOf[p]]++] = p;
        pool.Return(next);
        pool.Return(bucketOf);

        var byCandidate = new Timeline?[candidates.Count == 0 ? 0 : candidates.Max(c => c.Ordinal) + 1];
        listsOfTwoOrMore = [];
        for (var c = 0; c < candidates.Count; c++)
        {
            var first = firstBucket[c];
            var members = (c + 1 < candidates.Count ? firstBucket[c + 1] : bucketCount) - first;
            var offset = starts[first];
            var memberStarts = new int[members + 1];
            var facts = new PositionFact[starts[first + members] - offset];
            for (var m = 0; m < members; m++)
            {
                var (from, to) = (starts[first + m], starts[first + m + 1]);
                memberStarts[m + 1] = to - offset;
                if (from == to)
                    continue;
                SortByDay(order.AsSpan(from, to - from), dayOf);
                for (var i = from; i < to; i++)
                    facts[i - offset] = positions[order[i]];
                if (to - from > 1)
                    listsOfTwoOrMore.Add(new ArraySegment<PositionFact>(facts, from - offset, to - from));
            }
            byCandidate[candidates[c].Ordinal] = new Timeline(candidates[c], facts, memberStarts);
        }
        pool.Return(order);
        pool.Return(dayOf);
        pool.Return(starts);
        return new FactBase(
            byCandidate,
            guarantees.GroupBy(g => g.Matter).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Date).ToArray()),
            changes.GroupBy(c => c.Member).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Date).ToArray()),
            [], VotesByCandidate(votes));
    }

    // Stable (of two positions on one day, the one stated later wins) insertion sort of fact numbers by
    // day: a bucket is small and mostly in date order already.
    private static void SortByDay(Span<int> facts, int[] dayOf)
    {
        for (var i = 1; i < facts.Length; i++)
        {
            var fact = facts[i];
            var j = i - 1;
            while (j >= 0 && dayOf[facts[j]] > dayOf[fact])
            {
                facts[j + 1] = facts[j];
                j--;
            }
            facts[j + 1] = fact;
        }
    }

    /// <summary>Every member's positions on <paramref name="candidate"/>; null when there are none.</summary>
    public Timeline? PositionsOf(CandidateSymbol candidate) =>
        (uint)candidate.Ordinal < (uint)_positions.Length && _positions[candidate.Ordinal] is { } timeline && ReferenceEquals(timeline.Candidate, candidate)
            ? timeline
            : null;

    /// <summary>Whether any fact changes membership; when none does, the body's declaration alone decides.</summary>
    public bool HasMembershipChanges => _membershipChanges.Count > 0;

    /// <summary>Every position on <paramref name="candidate"/> by <paramref name="member"/>, by date.</summary>
    public IReadOnlyList<PositionFact> Positions(CandidateSymbol candidate, MemberSymbol member) =>
        PositionsOf(candidate) is { } timeline ? timeline.Of(member.Index) : ArraySegment<PositionFact>.Empty;

    /// <summary>The guarantees on <paramref name="matter"/>, by date.</summary>
    public IReadOnlyList<GuaranteeFact> Guarantees(MatterSymbol matter) =>
        _guarantees.TryGetValue(matter, out var list) ? list : [];

    /// <summary>Whether <paramref name="member"/> belongs to its body on <paramref name="date"/>: the body's declaration, then the membership changes in the facts, the later deciding.</summary>
    public bool IsMember(MemberSymbol member, DateOnly date)
    {
        var isMember = member.IsMemberOn(date);
        if (_membershipChanges.Count == 0 || !_membershipChanges.TryGetValue(member, out var changes))
            return isMember;
        DateOnly? declaredBoundary = LatestDeclaredBoundary(member, date);
        foreach (var change in changes)
        {
            if (change.Date > date)
                break;
            if (declaredBoundary is null || change.Date >= declaredBoundary.Value)
                isMember = change.Joins;
        }
        return isMember;
    }

    private static DateOnly? LatestDeclaredBoundary(MemberSymbol member, DateOnly date)
    {
        DateOnly? latest = null;
        foreach (var membership in member.Memberships)
        {
            if (membership.From <= date && (latest is null || membership.From > latest))
                latest = membership.From;
            if (membership.Until is { } until && until <= date && (latest is null || until > latest))
                latest = until;
        }
        return latest;
    }

    /// <summary>When <paramref name="candidate"/> withdrew, as overridden by a test or as declared.</summary>
    public DateOnly? WithdrawnOn(CandidateSymbol candidate) =>
        _withdrawals.TryGetValue(candidate, out var date) ? date : candidate.Withdrawn;

    public IEnumerable<MembershipChange> MembershipChanges => _membershipChanges.Values.SelectMany(c => c);

    public IEnumerable<GuaranteeFact> AllGuarantees => _guarantees.Values.SelectMany(g => g);

    public IEnumerable<PositionFact> AllPositions => _positions.SelectMany(t => t?.Facts ?? []);

    /// <summary>What a what-if's copy costs, in steps: the tables it copies.</summary>
    public long CopySize => _positions.Length + _guarantees.Count + _membershipChanges.Count + _withdrawals.Count + _votes.Length + 1;

    /// <summary>A copy with a what-if applied: the member's positions on the candidate replaced (undated) or one added (dated).</summary>
    public FactBase WithPosition(PositionFact position, bool replaceAll)
    {
        var candidate = position.Candidate;
        var positions = new Timeline?[Math.Max(_positions.Length, candidate.Ordinal + 1)];
        Array.Copy(_positions, positions, _positions.Length);
        var member = position.Member;
        var existing = PositionsOf(candidate);
        var others = existing is null ? [] : existing.Facts.Where(p => !ReferenceEquals(p.Member, member));
        var kept = replaceAll || existing is null ? [] : existing.Of(member.Index).Where(p => p.Date != position.Date);
        // Stable, as Create keeps them: by member, then by date, in the order given within a day.
        PositionFact[] facts = [.. others.Concat(kept.Append(position)).OrderBy(p => p.Member.Index).ThenBy(p => p.Date)];
        var starts = new int[Math.Max(member.Body.Members.Count, existing?.MemberCount ?? 0) + 1];
        foreach (var fact in facts)
            starts[fact.Member.Index + 1]++;
        for (var m = 1; m < starts.Length; m++)
            starts[m] += starts[m - 1];
        positions[candidate.Ordinal] = new Timeline(candidate, facts, starts);
        return new FactBase(positions, _guarantees, _membershipChanges, _withdrawals, _votes);
    }

    public FactBase WithGuarantee(GuaranteeFact guarantee)
    {
        var guarantees = new Dictionary<MatterSymbol, GuaranteeFact[]>(_guarantees)
        {
            [guarantee.Matter] = [.. Guarantees(guarantee.Matter).Append(guarantee).OrderBy(g => g.Date)],
        };
        return new FactBase(_positions, guarantees, _membershipChanges, _withdrawals, _votes);
    }

    public FactBase WithoutGuarantees(MatterSymbol matter)
    {
        var guarantees = new Dictionary<MatterSymbol, GuaranteeFact[]>(_guarantees);
        guarantees.Remove(matter);
        return new FactBase(_positions, guarantees, _membershipChanges, _withdrawals, _votes);
    }

    public FactBase WithMembershipChange(MembershipChange change)
    {
        var changes = new Dictionary<MemberSymbol, MembershipChange[]>(_membershipChanges)
        {
            [change.Member] = [.. (_membershipChanges.GetValueOrDefault(change.Member) ?? []).Append(change).OrderBy(c => c.Date)],
        };
        return new FactBase(_positions, _guarantees, changes, _withdrawals, _votes);
    }

    public FactBase WithWithdrawal(CandidateSymbol candidate, DateOnly? date)
    {
        var withdrawals = new Dictionary<CandidateSymbol, DateOnly?>(_withdrawals) { [candidate] = date };
        return new FactBase(_positions, _guarantees, _membershipChanges, withdrawals, _votes);
    }
}

/// <summary>
/// Every member's positions on one candidate, in one array: by member index, then by date, in the
/// order stated within a day; member <c>m</c>'s are <c>Facts[Starts[m]..Starts[m + 1]]</c>. One array
/// per candidate rather than one per member and candidate: most of those would be empty or hold one.
/// </summary>
internal sealed class Timeline(CandidateSymbol? candidate, PositionFact[] facts, int[] starts)
{
    /// <summary>No positions for any member.</summary>
    public static readonly Timeline Empty = new(null, [], [0]);

    /// <summary>The candidate the positions are on.</summary>
    public CandidateSymbol? Candidate { get; } = candidate;

    public PositionFact[] Facts { get; } = facts;

    public int[] Starts { get; } = starts;

    public int MemberCount => Starts.Length - 1;

    /// <summary>Member <paramref name="member"/>'s positions, by date.</summary>
    public ArraySegment<PositionFact> Of(int member) =>
        member < MemberCount ? new ArraySegment<PositionFact>(Facts, Starts[member], Starts[member + 1] - Starts[member]) : ArraySegment<PositionFact>.Empty;

    /// <summary>Member <paramref name="member"/>'s latest position on or before <paramref name="asOf"/>.</summary>
    public PositionFact? Latest(int member, DateOnly asOf) =>
        member < MemberCount && Latest(Facts, Starts[member], Starts[member + 1], asOf) is var at and >= 0 ? Facts[at] : null;

    /// <summary>The index of the latest of <c>facts[from..to]</c> (sorted by date) on or before <paramref name="asOf"/>; -1 if none.</summary>
    public static int Latest(PositionFact[] facts, int from, int to, DateOnly asOf)
    {
        var latest = -1;
        // Positions per member are few; a linear scan beats a binary search's setup here.
        for (var i = from; i < to && facts[i].Date <= asOf; i++)
            latest = i;
        return latest;
    }
}
