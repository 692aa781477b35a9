using NatoRules.Text;
using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Binding;

internal sealed partial class Binder
{
    /// <summary>How many what-ifs (<c>with</c>, <c>without</c>) one test may state; more get NR2033.</summary>
    internal const int MaxWhatIfsPerTest = 1_000;

    private void BindTest(TestSymbol test)
    {
        var statements = test.Syntax.Block.Statements;
        var dates = statements.OfType<AsOfStatementSyntax>().ToList();
        if (dates.Count != 1)
            Report(DiagnosticDescriptors.TestDate, (dates.Count > 1 ? dates[1] : (SyntaxNode)test.Syntax).GetLocation(), test.Name, dates.Count);
        if (dates.Count > 0 && Date(dates[0].Date)?.Value is { } asOf)
            test.AsOf = asOf;
        // `as of DATE ballot N`: the questions as they stood after ballot N, before any later ballot (applied before the what-ifs).
        if (dates.Count > 0 && dates[0].Ballot is { Value: long ballot } ballotToken)
        {
            if (ballot is < 1 or > int.MaxValue)
                Report(DiagnosticDescriptors.InvalidBallot, ballotToken.GetLocation(), ballot);
            else
                test.Overrides.Add(new BallotOverride((int)ballot, dates[0].GetLocation()));
        }

        var whatIfs = statements.Count(s => s is WithStatementSyntax or WithoutStatementSyntax);
        if (whatIfs > MaxWhatIfsPerTest)
        {
            // Reported at the first what-if over the limit; the test keeps the ones before it.
            var first = statements.Where(s => s is WithStatementSyntax or WithoutStatementSyntax).ElementAt(MaxWhatIfsPerTest);
            Report(DiagnosticDescriptors.TooManyWhatIfs, first.GetLocation(), whatIfs, MaxWhatIfsPerTest);
        }
        var kept = 0;
        foreach (var statement in statements)
        {
            if (statement is WithStatementSyntax or WithoutStatementSyntax && ++kept > MaxWhatIfsPerTest)
                continue;
            switch (statement)
            {
                case WithStatementSyntax with:
                    BindOverride(test, with);
                    break;
                case WithoutStatementSyntax without when Resolve(_matters, Name(without.Matter), DiagnosticDescriptors.UnknownMatter) is { } matter:
                    test.Overrides.Add(new WithoutGuaranteeOverride(matter, without.GetLocation()));
                    break;
                case ExpectStatementSyntax expect when BindExpectation(expect) is { } expectation:
                    test.Expectations.Add(expectation);
                    break;
            }
        }
    }

    private void BindOverride(TestSymbol test, WithStatementSyntax with)
    {
        var input = new FactsInput { Name = new NameInput(test.Name, with.GetLocation()) };
        var date = with.Date is null ? null : SyntaxFactReader.Date(with.Date);
        SyntaxFactReader.ReadEvent(input, with.Override, date, with);
        var dated = RealDate(date);
        var location = with.GetLocation();

        foreach (var position in input.Positions)
        {
            if (ResolveCandidateBody(position.Candidate) is not { } body)
                continue;
            // Undated: the position replaces the member's others and holds from the start of time.
            if (BindPosition(body, position, DateOnly.MinValue) is { } fact)
                test.Overrides.Add(new PositionOverride(fact, ReplaceAll: date is null, location));
        }
        foreach (var guarantee in input.Guarantees)
        {
            if (guarantee.Receiver.Name.Length == 0)
                continue;
            // A guarantee belongs to the body of the candidate who gives it, else of the member who receives it.
            var body = (_candidates.TryGetValue(guarantee.Giver.Name, out var giver) ? giver.Body : null)
                ?? _bodies.Values.FirstOrDefault(b => b.FindMember(guarantee.Receiver.Name) is not null);
            if (body is not null && BindGuarantee(body, guarantee) is { } fact)
                test.Overrides.Add(new GuaranteeOverride(fact, location));
        }
        foreach (var withdrawal in input.Withdrawals)
        {
            if (Resolve(_candidates, withdrawal.Candidate, DiagnosticDescriptors.UnknownCandidate) is { } candidate)
                test.Overrides.Add(new WithdrawalOverride(candidate, dated ?? DateOnly.MinValue, location));
        }
        foreach (var vote in input.Votes)
        {
            if (vote.Candidate is null)
            {
                Report(DiagnosticDescriptors.VoteWithoutProposal, vote.Location, "a test's `with vote` is in no facts block");
                continue;
            }
            if (ResolveCandidateBody(vote.Candidate) is { } body && BindVote(null, body, vote, DateOnly.MinValue) is { } fact)
                test.Overrides.Add(new VoteOverride(fact, location));
        }
        foreach (var change in input.MembershipChanges)
        {
            var body = _bodies.Values.FirstOrDefault(b => b.FindMember(change.Member.Name) is not null);
            if (body is null)
            {
                ReportWithHelp(DiagnosticDescriptors.UnknownMember, change.Member.Location,
                    NameSuggester.Help(change.Member.Name, _bodies.Values.SelectMany(b => b.Members).Select(m => m.Name).Distinct()),
                    change.Member.Name, "any body");
                continue;
            }
            if (BindMembershipChange(body, change, DateOnly.MinValue) is { } fact)
                test.Overrides.Add(new MembershipOverride(fact, location));
        }
    }

    /// <summary>The body of the decisions a candidate is for; reports an unknown candidate.</summary>
    private BodySymbol? ResolveCandidateBody(NameInput name)
    {
        if (name.Name.Length == 0 || !_candidates.TryGetValue(name.Name, out var candidate))
        {
            Resolve(_candidates, name, DiagnosticDescriptors.UnknownCandidate);
            return null;
        }
        return candidate.Body;
    }

    private TestExpectation? BindExpectation(ExpectStatementSyntax syntax)
    {
        var decision = ResolveDecision(Name(syntax.Decision));
        var candidate = Resolve(_candidates, Name(syntax.Candidate), DiagnosticDescriptors.UnknownCandidate);
        if (decision?.Body is null || candidate is null)
            return null;
        if (!decision.Candidates.Contains(candidate))
        {
            // The candidate's facts name a decision that did not bind: that error says it already.
            if (candidate.Facts.HasUnboundDecision)
                return null;
            ReportWithHelp(DiagnosticDescriptors.NotACandidateOfDecision, syntax.Candidate.GetLocation(),
                NameSuggester.Help(candidate.Name, decision.Candidates.Select(c => c.Name)), candidate.Name, decision.Name);
            return null;
        }
        var location = syntax.GetLocation();
        switch (syntax.Expectation)
        {
            case OutcomeExpectationSyntax outcome:
                // The outcome as the language writes it (`approved`, `blocked`, `pending`, `ineligible`, `rejected`), as verdicts do.
                var expected = outcome.Outcome.Text;
                List<MemberSymbol>? blockers = null;
                if (outcome.Members is not null)
                {
                    blockers = [];
                    foreach (var name in outcome.Members.Names)
                        if (ResolveMember(decision.Body, Name(name)) is { } member)
                            blockers.Add(member);
                        else
                            return null;
                }
                return new OutcomeExpectation(decision, candidate, expected, blockers, location);
            case UnblockExpectationSyntax unblock:
                if (unblock.GuaranteeKeyword is not null)
                    return Resolve(_matters, Name(unblock.Target), DiagnosticDescriptors.UnknownMatter) is { } matter
                        ? new UnblockExpectation(decision, candidate, matter, null, location)
                        : null;
                return ResolveMember(decision.Body, Name(unblock.Target)) is { } target
                    ? new UnblockExpectation(decision, candidate, null, target, location)
                    : null;
            case TallyExpectationSyntax tally:
                var tallyName = tally.Tally.Text;
                if (!TallyExpectation.Names.Contains(tallyName))
                {
                    ReportWithHelp(DiagnosticDescriptors.UnknownTally, tally.Tally.GetLocation(), NameSuggester.Help(tallyName, TallyExpectation.Names), tallyName);
                    return null;
                }
                return tally.Count.Value is long count ? new TallyExpectation(decision, candidate, tallyName, count, location) : null;
            case RequiredExpectationSyntax required:
                return required.Count.Value is long needed ? new RequiredExpectation(decision, candidate, needed, location) : null;
            default:
                return null;
        }
    }
}
