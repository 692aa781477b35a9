using NatoRules.Binding;

namespace NatoRules.Facts;

/// <summary>
/// The bound facts of a compilation, indexed for evaluation: each candidate's positions per member,
/// sorted by date; guarantees per matter; membership changes per member. Immutable; a test's
/// what-if overrides make a changed copy that shares everything they do not touch.
/// </summary>
internal sealed class FactBase
{
    private static readonly PositionFact[] NoPositions = [];

    private readonly Dictionary<CandidateSymbol, PositionFact[][]> _positions;
    private readonly Dictionary<MatterSymbol, GuaranteeFact[]> _guarantees;
    private readonly Dictionary<MemberSymbol, MembershipChange[]> _membershipChanges;
    private readonly Dictionary<CandidateSymbol, DateOnly?> _withdrawals;

    private FactBase(
        Dictionary<CandidateSymbol, PositionFact[][]> positions,
        Dictionary<MatterSymbol, GuaranteeFact[]> guarantees,
        Dictionary<MemberSymbol, MembershipChange[]> membershipChanges,
        Dictionary<CandidateSymbol, DateOnly?> withdrawals)
    {
        _positions = positions;
        _guarantees = guarantees;
        _membershipChanges = membershipChanges;
        _withdrawals = withdrawals;
    }

    /// <summary>
    /// The fact base of the facts given. <paramref name="listsOfTwoOrMore"/>: the member-by-candidate lists
    /// that hold two or more positions, noted while filling them, for the binder's same-day check (most
    /// lists of a large file are empty or hold one).
    /// </summary>
    public static FactBase Create(
        List<PositionFact> positionList, IEnumerable<GuaranteeFact> guarantees, IEnumerable<MembershipChange> changes,
        out List<PositionFact[]> listsOfTwoOrMore)
    {
        ReadOnlySpan<PositionFact> positions = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(positionList);
        // Bucketed by candidate, then by member index, each bucket sorted by date and in the order stated
        // within a day. A counting sort over bucket numbers read in one pass: the facts themselves are read
        // once, in order, and each bucket is one exact array filled in sequence.
        var candidates = new List<CandidateSymbol>();
        var firstBucket = new List<int>(); // per candidate: its members' buckets start here
        var ordinals = new Dictionary<CandidateSymbol, int>();
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
                if (!ordinals.TryGetValue(last, out var ordinal))
                {
                    ordinals[last] = ordinal = candidates.Count;
                    candidates.Add(last);
                    firstBucket.Add(bucketCount);
                    bucketCount += position.Member.Body.Members.Count;
                }
                lastBase = firstBucket[ordinal];
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

        var byCandidate = new Dictionary<CandidateSymbol, PositionFact[][]>(candidates.Count);
        listsOfTwoOrMore = [];
        for (var c = 0; c < candidates.Count; c++)
        {
            var first = firstBucket[c];
            var buckets = new PositionFact[(c + 1 < candidates.Count ? firstBucket[c + 1] : bucketCount) - first][];
            for (var m = 0; m < buckets.Length; m++)
            {
                var (from, to) = (starts[first + m], starts[first + m + 1]);
                if (from == to)
                {
                    buckets[m] = NoPositions;
                    continue;
                }
                SortByDay(order.AsSpan(from, to - from), dayOf);
                var bucket = new PositionFact[to - from];
                for (var i = 0; i < bucket.Length; i++)
                    bucket[i] = positions[order[from + i]];
                buckets[m] = bucket;
                if (bucket.Length > 1)
                    listsOfTwoOrMore.Add(bucket);
            }
            byCandidate[candidates[c]] = buckets;
        }
        pool.Return(order);
        pool.Return(dayOf);
        pool.Return(starts);
        return new FactBase(
            byCandidate,
            guarantees.GroupBy(g => g.Matter).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Date).ToArray()),
            changes.GroupBy(c => c.Member).ToDictionary(g => g.Key, g => g.OrderBy(x => x.Date).ToArray()),
            []);
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

    /// <summary>Every member's positions on <paramref name="candidate"/>, indexed by member, each sorted by date; null when there are none.</summary>
    public PositionFact[][]? PositionsOf(CandidateSymbol candidate) => _positions.GetValueOrDefault(candidate);

    /// <summary>The latest of <paramref name="facts"/> (sorted by date) on or before <paramref name="asOf"/>.</summary>
    public static PositionFact? Latest(PositionFact[] facts, DateOnly asOf)
    {
        PositionFact? latest = null;
        // Positions per member are few; a linear scan beats a binary search's setup here.
        for (var i = 0; i < facts.Length && facts[i].Date <= asOf; i++)
            latest = facts[i];
        return latest;
    }

    /// <summary>Whether any fact changes membership; when none does, the body's declaration alone decides.</summary>
    public bool HasMembershipChanges => _membershipChanges.Count > 0;

    /// <summary>The position of <paramref name="member"/> on <paramref name="candidate"/> that holds on <paramref name="asOf"/>: the latest on or before it.</summary>
    public PositionFact? LatestPosition(CandidateSymbol candidate, MemberSymbol member, DateOnly asOf)
    {
        if (!_positions.TryGetValue(candidate, out var perMember) || member.Index >= perMember.Length)
            return null;
        return Latest(perMember[member.Index], asOf);
    }

    /// <summary>Every position on <paramref name="candidate"/> by <paramref name="member"/>, by date.</summary>
    public IReadOnlyList<PositionFact> Positions(CandidateSymbol candidate, MemberSymbol member) =>
        _positions.TryGetValue(candidate, out var perMember) && member.Index < perMember.Length ? perMember[member.Index] : NoPositions;

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

    public IEnumerable<PositionFact> AllPositions => _positions.Values.SelectMany(m => m).SelectMany(p => p);

    /// <summary>A copy with a what-if applied: the member's positions on the candidate replaced (undated) or one added (dated).</summary>
    public FactBase WithPosition(PositionFact position, bool replaceAll)
    {
        var positions = new Dictionary<CandidateSymbol, PositionFact[][]>(_positions);
        var perMember = positions.TryGetValue(position.Candidate, out var existing)
            ? (PositionFact[][])existing.Clone()
            : Enumerable.Repeat(NoPositions, position.Member.Body.Members.Count).ToArray();
        var kept = replaceAll
            ? []
            : perMember[position.Member.Index].Where(p => p.Date != position.Date);
        perMember[position.Member.Index] = [.. kept.Append(position).OrderBy(p => p.Date)]; // stable, as Create keeps them
        positions[position.Candidate] = perMember;
        return new FactBase(positions, _guarantees, _membershipChanges, _withdrawals);
    }

    public FactBase WithGuarantee(GuaranteeFact guarantee)
    {
        var guarantees = new Dictionary<MatterSymbol, GuaranteeFact[]>(_guarantees)
        {
            [guarantee.Matter] = [.. Guarantees(guarantee.Matter).Append(guarantee).OrderBy(g => g.Date)],
        };
        return new FactBase(_positions, guarantees, _membershipChanges, _withdrawals);
    }

    public FactBase WithoutGuarantees(MatterSymbol matter)
    {
        var guarantees = new Dictionary<MatterSymbol, GuaranteeFact[]>(_guarantees);
        guarantees.Remove(matter);
        return new FactBase(_positions, guarantees, _membershipChanges, _withdrawals);
    }

    public FactBase WithMembershipChange(MembershipChange change)
    {
        var changes = new Dictionary<MemberSymbol, MembershipChange[]>(_membershipChanges)
        {
            [change.Member] = [.. (_membershipChanges.GetValueOrDefault(change.Member) ?? []).Append(change).OrderBy(c => c.Date)],
        };
        return new FactBase(_positions, _guarantees, changes, _withdrawals);
    }

    public FactBase WithWithdrawal(CandidateSymbol candidate, DateOnly? date)
    {
        var withdrawals = new Dictionary<CandidateSymbol, DateOnly?>(_withdrawals) { [candidate] = date };
        return new FactBase(_positions, _guarantees, _membershipChanges, withdrawals);
    }
}
