using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

internal sealed partial class Binder
{
    private readonly Dictionary<DecisionSymbol, List<FactsSymbol>> _factsByDecision = [];

    private void BindFacts(FactsSymbol facts, FactsInput input)
    {
        var decisions = new List<DecisionSymbol>();
        BodySymbol? body = null;
        foreach (var name in input.Decisions)
        {
            if (ResolveDecision(name) is not { } decision || decision.Body is null)
            {
                facts.HasUnboundDecision = true;
                continue;
            }
            if (body is not null && !ReferenceEquals(body, decision.Body))
            {
                Report(DiagnosticDescriptors.FactsForTwoBodies, name.Location, facts.Name, body.Name, decision.Body.Name);
                facts.HasUnboundDecision = true;
                continue;
            }
            body = decision.Body;
            decisions.Add(decision);
            if (!_factsByDecision.TryGetValue(decision, out var list))
                _factsByDecision[decision] = list = [];
            list.Add(facts);
            decision.Facts = list;
        }
        facts.Decisions = decisions;
        BindSeats(facts, input);
        if (body is null)
            return; // nothing to resolve members against; the decision's own error says why

        foreach (var candidate in input.Candidates)
            BindCandidate(body, candidate);
        foreach (var position in input.Positions)
            if (BindPosition(body, position, null) is { } fact)
                _positions.Add(fact);
        if (input.Syntax is FactsDeclarationSyntax syntax)
        {
            _positions.EnsureCapacity(_positions.Count + syntax.Block.Statements.Count); // nearly every statement is one
            Action<PositionInput> bind = position =>
            {
                if (BindPosition(body, position, null) is { } fact)
                    _positions.Add(fact);
            };
            SyntaxFactReader.ReadPositions(syntax, bind, (block, index, simple) =>
            {
                if (BindSimplePosition(body, block, index, simple) is { } fact)
                    _positions.Add(fact);
                else // something is wrong: bound from the syntax, which says what
                    SyntaxFactReader.ReadPosition((OnStatementSyntax)block.Statements[index], bind);
            });
        }
        foreach (var guarantee in input.Guarantees)
            if (BindGuarantee(body, guarantee) is { } fact)
                _guarantees.Add(fact);
        foreach (var change in input.MembershipChanges)
            if (BindMembershipChange(body, change, null) is { } fact)
                _membershipChanges.Add(fact);
        foreach (var vote in input.Votes)
            if (BindVote(facts, body, vote, null) is { } fact)
            {
                if (!_voteKeys.Add((fact.Candidate, fact.Date, fact.Ballot)))
                    Report(DiagnosticDescriptors.DuplicateVote, vote.Location, fact.Candidate.Name,
                        Dates.Iso(fact.Date) + (fact.Ballot is { } number ? $" in ballot {number}" : ""));
                else
                    _votes.Add((fact, vote.BallotLocation ?? vote.Location));
            }
        foreach (var withdrawal in input.Withdrawals)
        {
            if (Resolve(_candidates, withdrawal.Candidate, DiagnosticDescriptors.UnknownCandidate) is not { } candidate
                || RealDate(withdrawal.Date) is not { } date)
                continue;
            if (candidate.Withdrawn is null || date < candidate.Withdrawn)
            {
                candidate.Withdrawn = date;
                candidate.WithdrawnLocation = withdrawal.Location;
            }
        }
    }

    /// <summary>The seats of an election: one number, from 1.</summary>
    private void BindSeats(FactsSymbol facts, FactsInput input)
    {
        for (var i = 0; i < input.Seats.Count; i++)
        {
            var (count, location) = input.Seats[i];
            if (i > 0)
                Report(DiagnosticDescriptors.InvalidSeats, location, facts.Name, "the seats are already given");
            else if (count is < 1 or > int.MaxValue)
                Report(DiagnosticDescriptors.InvalidSeats, location, facts.Name, $"an election fills at least one seat, not {count}");
            else if (count is { } seats)
                facts.Seats = (int)seats;
        }
    }

    /// <summary>
    /// Binds a vote held: on the candidate named, or the facts block's only one; its tally, if given, with each stance
    /// counted once and no more votes than the body has members on the day. <paramref name="undated"/> is the date of a test's undated what-if.
    /// </summary>
    private VoteFact? BindVote(FactsSymbol? facts, BodySymbol body, VoteInput input, DateOnly? undated)
    {
        CandidateSymbol? candidate;
        if (input.Candidate is { } named)
        {
            candidate = Resolve(_candidates, named, DiagnosticDescriptors.UnknownCandidate);
            if (candidate is not null && candidate.Body is { } other && !ReferenceEquals(other, body))
            {
                Report(DiagnosticDescriptors.CandidateOfOtherBody, named.Location, candidate.Name, other.Name, body.Name);
                return null;
            }
        }
        else if (facts is { Candidates: [var only] })
            candidate = only;
        else
        {
            Report(DiagnosticDescriptors.VoteWithoutProposal, input.Location,
                $"facts '{facts?.Name}' hold {facts?.Candidates.Count ?? 0} candidates or proposals");
            return null;
        }
        var date = input.Date is null ? undated : RealDate(input.Date);
        if (input.Ballot is < 1 or > int.MaxValue)
        {
            Report(DiagnosticDescriptors.InvalidBallot, input.BallotLocation ?? input.Location, input.Ballot.Value);
            return null;
        }
        var ballot = (int?)input.Ballot;
        if (candidate is null || date is not { } day)
            return null;
        if (input.Tally.Count == 0)
            return new VoteFact(candidate, day, null, input.Location) { Ballot = ballot };
        var counts = new long?[5];
        foreach (var item in input.Tally)
        {
            if (item.Count is not { } count)
                return null; // a malformed number, already reported
            if (counts[(int)item.Stance] is not null)
            {
                Report(DiagnosticDescriptors.ImpossibleTally, item.Location, candidate.Name, $"`{TallyWord(item.Stance)}` is counted twice");
                return null;
            }
            counts[(int)item.Stance] = count;
        }
        // Each count is at most the members, so their sum cannot overflow (a count of 2^63 - 1 is a real token).
        var members = body.Members.Count(m => m.IsMemberOn(day)); // the chair is a member on no day
        var total = 0L;
        foreach (var count in counts)
            total = Math.Min(total + Math.Min(count ?? 0, members + 1L), members + 1L);
        if (total > members)
        {
            Report(DiagnosticDescriptors.ImpossibleTally, input.Location, candidate.Name,
                $"it counts {TallyTotal(counts)} members, and {body.Name} has {members} on {Dates.Iso(day)}");
            return null;
        }
        var tally = new VoteTally((int)(counts[(int)Stance.Supports] ?? 0), (int)(counts[(int)Stance.Objects] ?? 0),
            (int)(counts[(int)Stance.Abstains] ?? 0), counts[(int)Stance.Absent] is { } absent ? (int)absent : null);
        return new VoteFact(candidate, day, tally, input.Location) { Ballot = ballot };
    }

    /// <summary>
    /// Ballots are numbered in the order they are held: no ballot on a day has a lower number than one on an earlier day.
    /// One sort per candidate, so many votes cost n log n.
    /// </summary>
    private void CheckBallotOrder()
    {
        foreach (var votes in _votes.GroupBy(v => v.Fact.Candidate))
        {
            (VoteFact Fact, Location At)? highestBefore = null, highestToday = null;
            foreach (var vote in votes.OrderBy(v => v.Fact.Date).ThenBy(v => v.Fact.Number))
            {
                if (highestToday is { } today && today.Fact.Date < vote.Fact.Date)
                    (highestBefore, highestToday) = (highestBefore is { } before && before.Fact.Number > today.Fact.Number ? before : today, null);
                if (highestBefore is { } earlier && earlier.Fact.Number > vote.Fact.Number)
                    Report(DiagnosticDescriptors.BallotOutOfOrder, vote.At, BallotWords(vote.Fact), vote.Fact.Candidate.Name, BallotWords(earlier.Fact));
                highestToday = vote;
            }
        }
    }

    private static string BallotWords(VoteFact vote) =>
        (vote.Ballot is { } number ? $"ballot {number}" : "the vote") + $" of {Dates.Iso(vote.Date)}";

    // The counts' sum in words, exactly, however large (for the diagnostic only).
    private static string TallyTotal(long?[] counts) =>
        counts.Aggregate(System.Numerics.BigInteger.Zero, (sum, c) => sum + (c ?? 0)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string TallyWord(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Objects => "objects",
        Stance.Abstains => "abstains",
        _ => "absent",
    };

    /// <summary>A tally counts at least the members named as voting each way on its day.</summary>
    private void CheckTallies(FactBase facts)
    {
        foreach (var (vote, _) in _votes)
        {
            if (vote.Tally is not { } tally || facts.PositionsOf(vote.Candidate) is not { } timeline)
                continue;
            var named = new int[5];
            for (var m = 0; m < timeline.MemberCount; m++)
                if (timeline.Latest(m, vote.Date) is { } position && facts.IsMember(position.Member, vote.Date))
                    named[(int)position.Stance]++;
            foreach (var (stance, counted) in new[] { (Stance.Supports, tally.Supports), (Stance.Objects, tally.Objections),
                         (Stance.Abstains, tally.Abstentions), (Stance.Absent, tally.Absent ?? int.MaxValue) })
                if (named[(int)stance] > counted)
                    Report(DiagnosticDescriptors.ImpossibleTally, vote.Location, vote.Candidate.Name,
                        $"{named[(int)stance]} members are named as `{TallyWord(stance)}` on {Dates.Iso(vote.Date)}, and it counts {counted}");
        }
    }

    private DateOnly? RealDate(DateInput? input)
    {
        if (input is null)
            return null;
        if (input.Value is null && input.Text.Length == 10)
            Report(DiagnosticDescriptors.NotARealDate, input.Location, input.Text);
        return input.Value;
    }

    private void BindCandidate(BodySymbol body, CandidateInput input)
    {
        if (!_candidates.TryGetValue(input.Name.Name, out var candidate) || !Equals(candidate.Location, input.Name.Location))
            return; // a duplicate, already reported
        if (input.National is { } national && ResolveMember(body, national) is { } nationalOf)
        {
            candidate.Nationality = national.Name;
            candidate.NationalOf = nationalOf;
        }
        candidate.Declared = RealDate(input.Declared);
        if (RealDate(input.Withdrawn) is { } withdrawn)
        {
            candidate.Withdrawn = withdrawn;
            candidate.WithdrawnLocation = input.Withdrawn!.Location;
        }
        if (candidate is { Declared: { } declared, Withdrawn: { } withdrew } && withdrew < declared)
            Report(DiagnosticDescriptors.WithdrawnBeforeDeclared, input.Withdrawn!.Location, candidate.Name,
                withdrew.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), declared.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Binds a position; <paramref name="undated"/> is the date to use when the input has none (a test's override).</summary>
    private PositionFact? BindPosition(BodySymbol body, PositionInput input, DateOnly? undated)
    {
        var member = ResolveMember(body, input.Member);
        var candidate = ResolveCandidateOf(body, input.Candidate);
        MatterSymbol? matter = null;
        if (input.Matter is { } matterName)
            matter = Resolve(_matters, matterName, DiagnosticDescriptors.UnknownMatter);
        var date = input.Date is null ? undated : RealDate(input.Date);
        if (input.Declaration is { } declaration && input.Stance != Stance.Abstains)
            Report(DiagnosticDescriptors.DeclarationWithoutAbstention, declaration, input.Member.Name, TallyWord(input.Stance), input.Candidate.Name);
        if (member is null || candidate is null || date is null || (input.Matter is not null && matter is null))
            return null;
        return new PositionFact(member, candidate, date.Value, input.Stance, input.Condition, matter, input.Location, input.Statement)
        {
            Declared = input.Declaration is not null && input.Stance == Stance.Abstains,
        };
    }

    /// <summary>
    /// Binds one member's position as the statement states it, when every name in it is known, without
    /// reading its nodes (a large facts block has hundreds of thousands); null otherwise, and nothing is
    /// reported: the caller binds the statement's syntax, which reports each error. The names are not
    /// recorded one by one: the semantic model finds them through the fact (see Compilation.SymbolOf).
    /// </summary>
    private PositionFact? BindSimplePosition(BodySymbol body, BlockSyntax block, int index, SimplePosition flat)
    {
        MatterSymbol? matter = null;
        if (body.FindMember(flat.Member) is not { } member
            || !_candidates.TryGetValue(flat.Candidate, out var candidate)
            || (candidate.Body is { } candidateBody && !ReferenceEquals(candidateBody, body))
            || (flat.Matter is { } matterName && !_matters.TryGetValue(matterName, out matter)))
            return null;
        return new PositionFact(member, candidate, flat.Date, SyntaxFactReader.StanceOf(flat.Verb),
            SyntaxFactReader.ConditionOf(flat.Condition), matter, block, index);
    }

    private CandidateSymbol? ResolveCandidateOf(BodySymbol body, NameInput name)
    {
        if (Resolve(_candidates, name, DiagnosticDescriptors.UnknownCandidate) is not { } candidate)
            return null;
        var candidateBody = candidate.Body;
        if (candidateBody is not null && !ReferenceEquals(candidateBody, body))
        {
            Report(DiagnosticDescriptors.CandidateOfOtherBody, name.Location, candidate.Name, candidateBody.Name, body.Name);
            return null;
        }
        return candidate;
    }

    private GuaranteeFact? BindGuarantee(BodySymbol body, GuaranteeInput input)
    {
        var matter = Resolve(_matters, input.Matter, DiagnosticDescriptors.UnknownMatter);
        var receiver = ResolveMember(body, input.Receiver);
        CandidateSymbol? giverCandidate = null;
        var giverKnown = false;
        if (input.Giver.Name.Length > 0)
        {
            if (_candidates.TryGetValue(input.Giver.Name, out giverCandidate))
            {
                Record(input.Giver, giverCandidate);
                giverKnown = true;
            }
            else if (body.FindMember(input.Giver.Name) is { } giverMember)
            {
                Record(input.Giver, giverMember);
                giverKnown = true;
            }
            else
            {
                ReportWithHelp(DiagnosticDescriptors.UnknownGiver, input.Giver.Location,
                    NameSuggester.Help(input.Giver.Name, _candidates.Keys.Concat(body.Members.Select(m => m.Name))), input.Giver.Name, body.Name);
            }
        }
        var date = RealDate(input.Date);
        if (matter is null || receiver is null || !giverKnown || date is null)
            return null;
        return new GuaranteeFact(matter, input.Giver.Name, giverCandidate, receiver, input.Form.Name, date.Value, input.Description, input.Location);
    }

    private MembershipChange? BindMembershipChange(BodySymbol body, MembershipInput input, DateOnly? undated)
    {
        var member = ResolveMember(body, input.Member);
        var date = input.Date is null ? undated : RealDate(input.Date);
        return member is null || date is null ? null : new MembershipChange(member, date.Value, input.Joins, input.Location);
    }

    // Its own method: the lambdas capture the position, and a capture in the loop above would cost
    // an object for every position checked.
    private void ReportNotMember(FactBase facts, PositionFact position)
    {
        var joinsLater = position.Member.Memberships.Any(m => m.From > position.Date)
            || facts.MembershipChanges.Any(c => ReferenceEquals(c.Member, position.Member) && c.Joins && c.Date > position.Date);
        Report(joinsLater ? DiagnosticDescriptors.PositionBeforeJoining : DiagnosticDescriptors.PositionAfterLeaving,
            MemberLocation(position), position.Member.Name, position.Candidate.Name, Dates.Iso(position.Date), position.Member.Body.Name);
    }

    // The member's own name in the statement, which is at fault, rather than the whole statement
    // (`on 2024-01-01: A, C objects P;` names two members, and may run over several lines).
    private static Location MemberLocation(PositionFact position) =>
        position.Statement?.DescendantNodesAndSelf().OfType<NameSyntax>()
            .FirstOrDefault(n => n.Identifier.Text == position.Member.Name)?.GetLocation() ?? position.Location;

    /// <summary>Checks that need every fact: membership on the day of each position and guarantee, and same-day contradictions.</summary>
    private void CheckPositions(FactBase facts, List<ArraySegment<PositionFact>> listsOfTwoOrMore)
    {
        // The chair is a member on no day, and takes positions all the same: for the ties it breaks.
        foreach (var position in _positions.AsSpan())
            if (!facts.IsMember(position.Member, position.Date) && !position.Member.IsChair)
                ReportNotMember(facts, position);

        // Positions of one member on one candidate and one day are adjacent in the fact base, in the order stated.
        foreach (var list in listsOfTwoOrMore)
        {
            var runStart = 0;
            for (var i = 1; i < list.Count; i++)
            {
                var other = list[i];
                if (other.Date != list[runStart].Date)
                {
                    runStart = i;
                    continue;
                }
                var first = list[runStart];
                if (other.Stance == first.Stance && other.Condition == first.Condition && ReferenceEquals(other.Matter, first.Matter))
                    continue;
                var firstAt = MemberLocation(first);
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.ContradictoryPositions, MemberLocation(other),
                    $"the other position is at {Short(firstAt)}", [firstAt],
                    other.Member.Name, other.Candidate.Name, other.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        foreach (var guarantee in _guarantees)
            if (!facts.IsMember(guarantee.Receiver, guarantee.Date))
                Report(DiagnosticDescriptors.GuaranteeToNonMember, guarantee.Location, guarantee.Matter.Name, guarantee.Receiver.Name,
                    guarantee.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), guarantee.Receiver.Body.Name);
    }
}
