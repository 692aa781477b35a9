using System.Runtime.CompilerServices;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace NatoRules.Syntax.Parsing;

using NatoRules.Syntax.InternalSyntax;

using StatementParser = Superpower.TokenListParser<NatoRules.Syntax.SyntaxKind, System.Func<NatoRules.Syntax.InternalSyntax.SyntaxToken, NatoRules.Syntax.InternalSyntax.StatementSyntax>>;

/// <summary>
/// The grammar of statements and conditions as Superpower token-list parsers. A statement parser
/// stops before its <c>;</c> and returns a function that completes the node with the semicolon,
/// so the recovering loop can insert a missing one.
/// </summary>
internal sealed partial class Parser
{
    private int _depth;
    private bool _tooDeep;

    private StatementParser _member = null!, _require = null!, _eligible = null!, _guarantees = null!, _blocking = null!, _quorum = null!, _tie = null!,
        _rule = null!, _matter = null!, _seats = null!, _candidate = null!, _on = null!, _guaranteeStatement = null!,
        _asOf = null!, _with = null!, _without = null!, _expect = null!;

    private StatementParser StatementParser(SyntaxKind first) => first switch
    {
        SyntaxKind.MemberKeyword or SyntaxKind.ChairKeyword => _member,
        SyntaxKind.RequireKeyword => _require,
        SyntaxKind.EligibleKeyword => _eligible,
        SyntaxKind.GuaranteesKeyword => _guarantees,
        SyntaxKind.BlockingKeyword => _blocking,
        SyntaxKind.QuorumKeyword => _quorum,
        SyntaxKind.TieKeyword => _tie,
        SyntaxKind.RuleKeyword => _rule,
        SyntaxKind.MatterKeyword => _matter,
        SyntaxKind.SeatsKeyword => _seats,
        SyntaxKind.CandidateKeyword or SyntaxKind.ProposalKeyword => _candidate,
        SyntaxKind.OnKeyword => _on,
        SyntaxKind.GuaranteeKeyword => _guaranteeStatement,
        SyntaxKind.AsKeyword => _asOf,
        SyntaxKind.WithKeyword => _with,
        SyntaxKind.WithoutKeyword => _without,
        SyntaxKind.ExpectKeyword => _expect,
        _ => throw new InvalidOperationException($"No statement starts with {first}."),
    };

    // Made only while the grammar is built (a parser of one statement, expanding a compact one, has none).
    private Dictionary<SyntaxKind, TokenListParser<SyntaxKind, SyntaxToken>>? _tokenParsers;
    private Dictionary<string, TokenListParser<SyntaxKind, SyntaxToken>>? _choiceParsers;

    // Query expressions run their inner `from` clauses once per parse, so every parser built from a
    // kind is made once and reused; Superpower's Token.EqualTo also reads the kind's attributes by reflection.
    private TokenListParser<SyntaxKind, SyntaxToken> Tok(SyntaxKind kind)
    {
        _tokenParsers ??= [];
        if (!_tokenParsers.TryGetValue(kind, out var parser))
            _tokenParsers[kind] = parser = Token.EqualTo(kind).Select(static token => t_parsing!.Map(token));
        return parser;
    }

    private TokenListParser<SyntaxKind, SyntaxToken> AnyOf(params SyntaxKind[] kinds)
    {
        var key = string.Join(",", kinds);
        _choiceParsers ??= new(StringComparer.Ordinal);
        if (_choiceParsers.TryGetValue(key, out var cached))
            return cached;
        var parser = Tok(kinds[0]);
        for (var i = 1; i < kinds.Length; i++)
            parser = parser.Or(Tok(kinds[i]));
        return _choiceParsers[key] = parser;
    }

    private static TokenListParser<SyntaxKind, SyntaxToken?> Maybe(TokenListParser<SyntaxKind, SyntaxToken> parser) =>
        parser.Select(token => (SyntaxToken?)token).OptionalOrDefault();

    private static StatementParser Statement<T>(TokenListParser<SyntaxKind, T> parser, Func<T, SyntaxToken, StatementSyntax> complete) =>
        parser.Select(value => (Func<SyntaxToken, StatementSyntax>)(semicolon => complete(value, semicolon)));

    private void BuildGrammar()
    {
        var identifier = Tok(SyntaxKind.IdentifierToken);
        var date = Tok(SyntaxKind.DateToken);
        var text = Tok(SyntaxKind.StringToken);
        var maybeText = Maybe(text);
        var maybeGuarantee = Maybe(Tok(SyntaxKind.GuaranteeKeyword));
        var name = identifier.Select(t => new NameSyntax(t));
        var moreNames = Sequence.Of(Tok(SyntaxKind.CommaToken), name, (comma, next) => new GreenNode[] { comma, next }).Many();
        var nameList = Sequence.Of(name, moreNames, (first, rest) => rest.Length == 0
            ? new NameListSyntax([first])
            : new NameListSyntax([first, .. rest.SelectMany(pair => pair)]));

        // body
        // Written with Sequence.Of, as the `on` statements are: a body of many members is a large file too.
        var joinedOrLeft = Sequence.Of(AnyOf(SyntaxKind.JoinedKeyword, SyntaxKind.LeftKeyword), date,
            (keyword, value) => (AttributeSyntax)new DatedAttributeSyntax(keyword, value));
        var term = Sequence.Of(Tok(SyntaxKind.TermKeyword), date, Tok(SyntaxKind.ToKeyword), date,
            (keyword, start, to, end) => (AttributeSyntax)new TermAttributeSyntax(keyword, start, to, end));
        var literal = AnyOf(SyntaxKind.IntegerToken, SyntaxKind.PercentToken, SyntaxKind.DateToken, SyntaxKind.StringToken);
        var maybeLiteral = Maybe(literal);
        var valueAttribute = Sequence.Of(identifier, maybeLiteral,
            (attribute, value) => (AttributeSyntax)new ValueAttributeSyntax(attribute, value));
        var memberAttributes = joinedOrLeft.Or(term).Or(valueAttribute).Many();
        _member = Sequence.Of(AnyOf(SyntaxKind.MemberKeyword, SyntaxKind.ChairKeyword), identifier, maybeText, memberAttributes,
            (keyword, code, title, attributes) => (Func<SyntaxToken, StatementSyntax>)(semicolon =>
                new MemberDeclarationSyntax(keyword, code, title, attributes, semicolon)));

        // decision and rule
        var condition = BuildConditions(name);
        // `in ballot N`, `in ballots N to M`, `from ballot N`: the ballots a requirement applies to.
        var ballotRange =
            (from keyword in Tok(SyntaxKind.InKeyword) from ballot in AnyOf(SyntaxKind.BallotKeyword, SyntaxKind.BallotsKeyword)
             from first in Tok(SyntaxKind.IntegerToken)
             from last in (from to in Tok(SyntaxKind.ToKeyword) from number in Tok(SyntaxKind.IntegerToken) select new[] { to, number }).OptionalOrDefault()
             select new BallotRangeSyntax(keyword, ballot, first, last?[0], last?[1]))
            .Or(from keyword in Tok(SyntaxKind.FromKeyword) from ballot in AnyOf(SyntaxKind.BallotKeyword, SyntaxKind.BallotsKeyword)
                from first in Tok(SyntaxKind.IntegerToken)
                select new BallotRangeSyntax(keyword, ballot, first, null, null));
        _require = Statement(
            from keyword in Tok(SyntaxKind.RequireKeyword) from c in condition
            from ballots in ballotRange.Select(r => (BallotRangeSyntax?)r).OptionalOrDefault()
            select (keyword, c, ballots),
            (r, semicolon) => new RequireClauseSyntax(r.keyword, r.c, r.ballots, semicolon));
        _eligible = Statement(
            from keyword in Tok(SyntaxKind.EligibleKeyword) from when in Tok(SyntaxKind.WhenKeyword) from c in condition
            select (keyword, when, c),
            (e, semicolon) => new EligibleClauseSyntax(e.keyword, e.when, e.c, semicolon));
        _guarantees = Statement(
            from keyword in Tok(SyntaxKind.GuaranteesKeyword) from count in Tok(SyntaxKind.CountKeyword)
            from when in Tok(SyntaxKind.WhenKeyword) from c in condition
            select (keyword, count, when, c),
            (g, semicolon) => new GuaranteesClauseSyntax(g.keyword, g.count, g.when, g.c, semicolon));
        _blocking = Statement(
            from blocking in Tok(SyntaxKind.BlockingKeyword) from minority in Tok(SyntaxKind.MinorityKeyword)
            from at in Tok(SyntaxKind.AtKeyword) from least in Tok(SyntaxKind.LeastKeyword)
            from count in Tok(SyntaxKind.IntegerToken) from members in Tok(SyntaxKind.MembersKeyword)
            select (blocking, minority, at, least, count, members),
            (b, semicolon) => new BlockingMinorityClauseSyntax(b.blocking, b.minority, b.at, b.least, b.count, b.members, semicolon));
        _quorum = Statement(
            from keyword in Tok(SyntaxKind.QuorumKeyword) from c in condition select (keyword, c),
            (q, semicolon) => new QuorumClauseSyntax(q.keyword, q.c, semicolon));
        var tieBroken = (from broken in Tok(SyntaxKind.BrokenKeyword) from byKeyword in Tok(SyntaxKind.ByKeyword) from chair in Tok(SyntaxKind.ChairKeyword)
                         select new SyntaxToken?[] { broken, byKeyword, chair })
            .Or(Tok(SyntaxKind.FailsKeyword).Select(fails => new SyntaxToken?[] { fails, null, null }));
        _tie = Statement(
            from keyword in Tok(SyntaxKind.TieKeyword) from rest in tieBroken select (keyword, rest),
            (t, semicolon) => new TieClauseSyntax(t.keyword, t.rest[0]!, t.rest[1], t.rest[2], semicolon));
        _rule = Statement(
            from keyword in Tok(SyntaxKind.RuleKeyword) from id in identifier from eq in Tok(SyntaxKind.EqualsToken)
            from c in condition
            select (keyword, id, eq, c),
            (r, semicolon) => new RuleDeclarationSyntax(r.keyword, r.id, r.eq, r.c, semicolon));
        _matter = Statement(
            from keyword in Tok(SyntaxKind.MatterKeyword) from id in identifier from description in maybeText
            select (keyword, id, description),
            (m, semicolon) => new MatterDeclarationSyntax(m.keyword, m.id, m.description, semicolon));

        // facts
        var national =
            from keyword in Tok(SyntaxKind.NationalKeyword) from member in name
            select (AttributeSyntax)new NationalAttributeSyntax(keyword, member);
        var declaredOrWithdrawn =
            from keyword in AnyOf(SyntaxKind.DeclaredKeyword, SyntaxKind.WithdrawnKeyword) from value in date
            select (AttributeSyntax)new DatedAttributeSyntax(keyword, value);
        var candidateAttributes = national.Or(declaredOrWithdrawn).Many();
        _candidate = Statement(
            from keyword in AnyOf(SyntaxKind.CandidateKeyword, SyntaxKind.ProposalKeyword)
            from id in identifier
            from title in maybeText
            from attributes in candidateAttributes
            select (keyword, id, title, attributes),
            (c, semicolon) => new CandidateDeclarationSyntax(c.keyword, c.id, c.title, c.attributes, semicolon));

        _seats = Statement(
            from keyword in Tok(SyntaxKind.SeatsKeyword) from count in Tok(SyntaxKind.IntegerToken) select (keyword, count),
            (s, semicolon) => new SeatsDeclarationSyntax(s.keyword, s.count, semicolon));

        var guaranteeClause = Sequence.Of(
            Sequence.Of(Tok(SyntaxKind.GuaranteeKeyword), name, Tok(SyntaxKind.FromKeyword), name, Tok(SyntaxKind.ToKeyword),
                (keyword, matter, fromKeyword, giver, to) => (keyword, matter, fromKeyword, giver, to)),
            name, identifier, Tok(SyntaxKind.OnKeyword), date, maybeText,
            (head, receiver, form, onKeyword, given, description) => new GuaranteeClauseSyntax(
                head.keyword, head.matter, head.fromKeyword, head.giver, head.to, receiver, form, onKeyword, given, description));
        var positionCondition = Sequence.Of(AnyOf(SyntaxKind.UnlessKeyword, SyntaxKind.IfKeyword), Tok(SyntaxKind.GuaranteeKeyword), name,
            (keyword, guarantee, matter) => (PositionConditionSyntax?)new PositionConditionSyntax(keyword, guarantee, matter));
        var maybePositionCondition = positionCondition.OptionalOrDefault();
        // `with declaration`: an abstention qualified by a formal declaration (the binder reports it on any other position).
        var maybeDeclaration = Sequence.Of(Tok(SyntaxKind.WithKeyword), Tok(SyntaxKind.DeclarationKeyword),
            (with, declaration) => new SyntaxToken?[] { with, declaration }).OptionalOrDefault([null, null]);
        var positionTail = Sequence.Of(AnyOf(SyntaxKind.SupportsKeyword, SyntaxKind.ObjectsKeyword, SyntaxKind.AbstainsKeyword), name, maybeDeclaration,
            maybePositionCondition,
            (verb, candidate, declared, c) => (Verb: verb, From: (SyntaxToken?)null, Candidate: (NameSyntax?)candidate, Declared: declared, Condition: c));
        SyntaxToken?[] undeclared = [null, null];
        var absentTail = Sequence.Of(Tok(SyntaxKind.AbsentKeyword), Tok(SyntaxKind.FromKeyword), name,
            (verb, fromKeyword, candidate) => (Verb: verb, From: (SyntaxToken?)fromKeyword, Candidate: (NameSyntax?)candidate, Declared: undeclared,
                Condition: (PositionConditionSyntax?)null));
        var membershipTail = AnyOf(SyntaxKind.JoinsKeyword, SyntaxKind.LeavesKeyword)
            .Select(verb => (Verb: verb, From: (SyntaxToken?)null, Candidate: (NameSyntax?)null, Declared: undeclared, Condition: (PositionConditionSyntax?)null));
        var withdrawalTail = Tok(SyntaxKind.WithdrawsKeyword)
            .Select(verb => (Verb: verb, From: (SyntaxToken?)null, Candidate: (NameSyntax?)null, Declared: undeclared, Condition: (PositionConditionSyntax?)null));
        var eventTail = positionTail.Or(absentTail).Or(membershipTail).Or(withdrawalTail);
        var namedEvent = Sequence.Of(nameList, eventTail, (names, tail) => tail.Verb.Kind switch
        {
            SyntaxKind.JoinsKeyword or SyntaxKind.LeavesKeyword => (EventClauseSyntax)new MembershipClauseSyntax(names, tail.Verb),
            SyntaxKind.WithdrawsKeyword => new WithdrawalClauseSyntax(names, tail.Verb),
            _ => new PositionClauseSyntax(names, tail.Verb, tail.From, tail.Candidate!, tail.Declared[0], tail.Declared[1], tail.Condition),
        });
        // `vote [PROPOSAL] [N supports, N objects, N abstains, N absent]`: a vote held, with its tally when the record gives one.
        var tallyItem = Sequence.Of(Tok(SyntaxKind.IntegerToken),
            AnyOf(SyntaxKind.SupportsKeyword, SyntaxKind.ObjectsKeyword, SyntaxKind.AbstainsKeyword, SyntaxKind.AbsentKeyword),
            (count, verb) => new TallyItemSyntax(count, verb));
        var moreTally = Sequence.Of(Tok(SyntaxKind.CommaToken), tallyItem, (comma, item) => new GreenNode[] { comma, item }).Many();
        var tally = Sequence.Of(tallyItem, moreTally, (first, rest) => (GreenNode[])[first, .. rest.SelectMany(pair => pair)]).OptionalOrDefault([]);
        var maybeBallot = Sequence.Of(Tok(SyntaxKind.BallotKeyword), Tok(SyntaxKind.IntegerToken), (keyword, number) => new SyntaxToken?[] { keyword, number })
            .OptionalOrDefault([null, null]);
        var voteClause = Sequence.Of(Tok(SyntaxKind.VoteKeyword), name.Select(n => (NameSyntax?)n).OptionalOrDefault(), maybeBallot, tally,
            (keyword, candidate, ballot, counts) => (EventClauseSyntax)new VoteClauseSyntax(keyword, candidate, ballot[0], ballot[1], counts));
        var eventClause = guaranteeClause.Select(g => (EventClauseSyntax)g).Or(voteClause).Or(namedEvent);
        _on = Statement(
            Sequence.Of(Tok(SyntaxKind.OnKeyword), date, Tok(SyntaxKind.ColonToken), eventClause, (onKeyword, day, colon, e) => (onKeyword, day, colon, e)),
            (o, semicolon) => new OnStatementSyntax(o.onKeyword, o.day, o.colon, o.e, semicolon));
        _guaranteeStatement = Statement(guaranteeClause, (g, semicolon) => new GuaranteeStatementSyntax(g, semicolon));

        // test
        _asOf = Statement(
            from asKeyword in Tok(SyntaxKind.AsKeyword) from of in Tok(SyntaxKind.OfKeyword) from day in date from ballot in maybeBallot
            select (asKeyword, of, day, ballot),
            (a, semicolon) => new AsOfStatementSyntax(a.asKeyword, a.of, a.day, a.ballot[0], a.ballot[1], semicolon));
        var maybeDated = (from onKeyword in Tok(SyntaxKind.OnKeyword) from day in date select new[] { onKeyword, day }).OptionalOrDefault();
        _with = Statement(
            from with in Tok(SyntaxKind.WithKeyword)
            from e in eventClause
            from dated in maybeDated
            select (with, e, dated),
            (w, semicolon) => new WithStatementSyntax(w.with, w.e, w.dated?[0], w.dated?[1], semicolon));
        _without = Statement(
            from without in Tok(SyntaxKind.WithoutKeyword) from guarantee in Tok(SyntaxKind.GuaranteeKeyword) from matter in name
            select (without, guarantee, matter),
            (w, semicolon) => new WithoutStatementSyntax(w.without, w.guarantee, w.matter, semicolon));

        var outcome = AnyOf(SyntaxKind.ApprovedKeyword, SyntaxKind.BlockedKeyword, SyntaxKind.PendingKeyword, SyntaxKind.IneligibleKeyword,
            SyntaxKind.RejectedKeyword);
        var maybeBy = (from byKeyword in Tok(SyntaxKind.ByKeyword) from members in nameList select (byKeyword, members)).OptionalOrDefault();
        var outcomeExpectation =
            from isKeyword in Tok(SyntaxKind.IsKeyword)
            from value in outcome
            from byClause in maybeBy
            select (ExpectationSyntax)new OutcomeExpectationSyntax(isKeyword, value, byClause.byKeyword, byClause.members);
        var unblockExpectation =
            from unblocked in Tok(SyntaxKind.UnblockedKeyword)
            from byKeyword in Tok(SyntaxKind.ByKeyword)
            from guarantee in maybeGuarantee
            from target in name
            select (ExpectationSyntax)new UnblockExpectationSyntax(unblocked, byKeyword, guarantee, target);
        var tallyExpectation =
            from has in Tok(SyntaxKind.HasKeyword)
            from count in Tok(SyntaxKind.IntegerToken)
            from counted in AnyOf(SyntaxKind.SupportsKeyword, SyntaxKind.AbsentKeyword, SyntaxKind.PresentKeyword, SyntaxKind.IdentifierToken)
            select (ExpectationSyntax)new TallyExpectationSyntax(has, count, counted);
        var requiredExpectation =
            from needs in Tok(SyntaxKind.NeedsKeyword)
            from count in Tok(SyntaxKind.IntegerToken)
            select (ExpectationSyntax)new RequiredExpectationSyntax(needs, count);
        var expectationParser = outcomeExpectation.Or(unblockExpectation).Or(tallyExpectation).Or(requiredExpectation);
        _expect = Statement(
            from expect in Tok(SyntaxKind.ExpectKeyword)
            from decision in name
            from forKeyword in Tok(SyntaxKind.ForKeyword)
            from candidate in name
            from expectation in expectationParser
            select (expect, decision, forKeyword, candidate, expectation),
            (e, semicolon) => new ExpectStatementSyntax(e.expect, e.decision, e.forKeyword, e.candidate, e.expectation, semicolon));
    }

    private TokenListParser<SyntaxKind, ConditionSyntax> BuildConditions(TokenListParser<SyntaxKind, NameSyntax> name)
    {
        TokenListParser<SyntaxKind, ConditionSyntax> condition = null!;
        TokenListParser<SyntaxKind, ConditionSyntax> unary = null!;
        var nested = Parse.Ref(() => condition);

        var parenthesized =
            from open in Tok(SyntaxKind.OpenParenToken) from inner in nested from close in Tok(SyntaxKind.CloseParenToken)
            select (ConditionSyntax)new ParenthesizedConditionSyntax(open, inner, close);
        var moreConditions = (from comma in Tok(SyntaxKind.CommaToken) from next in nested select new GreenNode[] { comma, next }).Many();
        var combinator =
            from keyword in AnyOf(SyntaxKind.AllKeyword, SyntaxKind.AnyKeyword)
            from open in Tok(SyntaxKind.OpenParenToken)
            from first in nested
            from rest in moreConditions
            from close in Tok(SyntaxKind.CloseParenToken)
            select (ConditionSyntax)new CombinatorConditionSyntax(keyword, open, [first, .. rest.SelectMany(pair => pair)], close);
        var maybeWhere = (from whereKeyword in Tok(SyntaxKind.WhereKeyword) from negation in Maybe(Tok(SyntaxKind.NotKeyword))
                          from flag in Tok(SyntaxKind.IdentifierToken)
                          select new[] { whereKeyword, negation, flag }).OptionalOrDefault();
        var maybeOn = (from onKeyword in Tok(SyntaxKind.OnKeyword) from day in Tok(SyntaxKind.DateToken)
                       select new[] { onKeyword, day }).OptionalOrDefault();
        var exceptCandidate = Tok(SyntaxKind.CandidateKeyword).Select(c => (Candidate: (SyntaxToken?)c, Members: (NameSyntax?)null));
        // One member: a list's commas would be read as those of `all(...)` and `any(...)`.
        var exceptMembers = name.Select(n => (Candidate: (SyntaxToken?)null, Members: (NameSyntax?)n));
        var maybeExcept = (from exceptKeyword in Tok(SyntaxKind.ExceptKeyword)
                           from excluded in exceptCandidate.Or(exceptMembers)
                           select (Keyword: (SyntaxToken?)exceptKeyword, excluded.Candidate, excluded.Members)).OptionalOrDefault();
        var selector =
            from members in Tok(SyntaxKind.MembersKeyword)
            from filter in maybeWhere
            from dated in maybeOn
            from except in maybeExcept
            select new MemberSelectorSyntax(members, filter?[0], filter?[1], filter?[2], dated?[0], dated?[1], except.Keyword, except.Candidate, except.Members);
        var maybeOf = (from of in Tok(SyntaxKind.OfKeyword) from s in selector select (Of: (SyntaxToken?)of, Selector: (MemberSelectorSyntax?)s))
            .OptionalOrDefault();
        var maybeMinus = (from minus in Tok(SyntaxKind.MinusKeyword) from count in Tok(SyntaxKind.IntegerToken) select new[] { minus, count })
            .OptionalOrDefault();
        var consensus =
            from keyword in Tok(SyntaxKind.ConsensusKeyword)
            from of in maybeOf
            from minus in maybeMinus
            select (ConditionSyntax)new ConsensusConditionSyntax(keyword, of.Of, of.Selector, minus?[0], minus?[1]);
        var maybePolicy = (from abstention in Tok(SyntaxKind.AbstentionKeyword)
                           from value in AnyOf(SyntaxKind.AllowedKeyword, SyntaxKind.BreaksKeyword)
                           select new[] { abstention, value }).OptionalOrDefault();
        var unanimity =
            from keyword in Tok(SyntaxKind.UnanimityKeyword)
            from of in maybeOf
            from policy in maybePolicy
            select (ConditionSyntax)new UnanimityConditionSyntax(keyword, of.Of, of.Selector, policy?[0], policy?[1]);
        // `no veto ...` and `no backing of rivals` share their first keyword.
        // `require no veto from ballot 4` leaves `from ballot` to the requirement's ballots; any other `from` is the holders'.
        var holdersClause = (from fromKeyword in Tok(SyntaxKind.FromKeyword) from s in selector select (fromKeyword, s)).OptionalOrDefault();
        TokenListParser<SyntaxKind, (SyntaxToken fromKeyword, MemberSelectorSyntax s)> maybeHolders = input =>
        {
            var first = input.ConsumeToken();
            if (first.HasValue && first.Value.Kind == SyntaxKind.FromKeyword
                && first.Remainder.ConsumeToken() is { HasValue: true } next && next.Value.Kind is SyntaxKind.BallotKeyword or SyntaxKind.BallotsKeyword)
                return TokenListParserResult.Value<SyntaxKind, (SyntaxToken, MemberSelectorSyntax)>(default, input, input);
            return holdersClause(input);
        };
        var vetoRest =
            from vetoKeyword in Tok(SyntaxKind.VetoKeyword)
            from holders in maybeHolders
            select (Func<SyntaxToken, ConditionSyntax>)(no => new VetoConditionSyntax(no, vetoKeyword, holders.fromKeyword, holders.s));
        var rivalRest =
            from backing in Tok(SyntaxKind.BackingKeyword)
            from of in Tok(SyntaxKind.OfKeyword)
            from rivals in Tok(SyntaxKind.RivalsKeyword)
            select (Func<SyntaxToken, ConditionSyntax>)(no => new RivalConditionSyntax(no, backing, of, rivals));
        var noTail = vetoRest.Or(rivalRest);
        var veto =
            from no in Tok(SyntaxKind.NoKeyword)
            from complete in noTail
            select complete(no);
        // What a share is of: `members`, `members present`, `members present and voting`, `votes cast`, or an
        // attribute. `and voting` is taken only as a pair, so `of members present and consensus` keeps its `and`.
        var andVoting = (from and in Tok(SyntaxKind.AndKeyword) from voting in Tok(SyntaxKind.VotingKeyword) select new[] { and, voting })
            .Try().OptionalOrDefault();
        var presentTail = (from present in Tok(SyntaxKind.PresentKeyword) from voting in andVoting
                           select new SyntaxToken?[] { present, voting?[0], voting?[1] }).OptionalOrDefault([null, null, null]);
        // Whom a share counts besides the supporters: `against` (the objectors), or `abstaining with declaration`.
        var maybeAgainst = Tok(SyntaxKind.AgainstKeyword).Select(against => new SyntaxToken?[] { against, null, null })
            .Or(from abstaining in Tok(SyntaxKind.AbstainingKeyword) from with in Tok(SyntaxKind.WithKeyword) from declaration in Tok(SyntaxKind.DeclarationKeyword)
                select new SyntaxToken?[] { abstaining, with, declaration })
            .OptionalOrDefault([null, null, null]);
        var maybeWeight = (from byKeyword in Tok(SyntaxKind.ByKeyword) from weight in Tok(SyntaxKind.IdentifierToken) select new[] { byKeyword, weight })
            .OptionalOrDefault();
        // `members` with a selection (`members where not suspended`, `members except candidate`) is kept as the selector
        // node; plain `members` as its keyword, as before.
        var basis =
            (from members in selector from present in presentTail
             select members is { WhereKeyword: null, OnKeyword: null, ExceptKeyword: null }
                 ? (Tokens: new SyntaxToken?[] { members.MembersKeyword, present[0], present[1], present[2], null, null }, Selector: (MemberSelectorSyntax?)null)
                 : (Tokens: new SyntaxToken?[] { null, present[0], present[1], present[2], null, null }, Selector: members))
            .Or(from votes in Tok(SyntaxKind.VotesKeyword) from cast in Tok(SyntaxKind.CastKeyword) from weight in maybeWeight
                select (Tokens: new SyntaxToken?[] { votes, cast, null, null, weight?[0], weight?[1] }, Selector: (MemberSelectorSyntax?)null))
            .Or(from attribute in Tok(SyntaxKind.IdentifierToken)
                select (Tokens: new SyntaxToken?[] { attribute, null, null, null, null, null }, Selector: (MemberSelectorSyntax?)null));
        var thresholdTail =
            (from count in Tok(SyntaxKind.IntegerToken) from supports in AnyOf(SyntaxKind.SupportsKeyword, SyntaxKind.MembersKeyword, SyntaxKind.AgainstKeyword)
             select (Tokens: new SyntaxToken?[] { count, supports, null, null, null, null, null, null, null, null, null, null }, Selector: (MemberSelectorSyntax?)null))
            .Or(from share in AnyOf(SyntaxKind.PercentToken, SyntaxKind.FractionToken, SyntaxKind.HalfKeyword) from of in Tok(SyntaxKind.OfKeyword)
                from measure in basis
                from against in maybeAgainst
                select (Tokens: Basis(share, of, measure.Tokens, against), measure.Selector));
        var majorityTail =
            from of in Tok(SyntaxKind.OfKeyword) from measure in basis from against in maybeAgainst
            select (Tokens: Basis(null, of, measure.Tokens, against), measure.Selector);
        var comparison =
            (from at in Tok(SyntaxKind.AtKeyword) from least in Tok(SyntaxKind.LeastKeyword) select (First: at, End: least))
            .Or(from more in Tok(SyntaxKind.MoreKeyword) from than in Tok(SyntaxKind.ThanKeyword) select (First: more, End: than));
        // `a majority of ...`: `a` is an ordinary word (a rule may be named `a`), read as the article only before `majority`.
        var article = Tok(SyntaxKind.IdentifierToken).Where(t => t.Text == "a");
        var majority =
            (from a in article from word in Tok(SyntaxKind.MajorityKeyword) select (First: a, End: word)).Try();
        var threshold =
            (from compare in comparison
             from rest in thresholdTail
             select Threshold(compare.First, compare.End, rest.Tokens, rest.Selector))
            .Or(from compare in majority
                from rest in majorityTail
                select Threshold(compare.First, compare.End, rest.Tokens, rest.Selector));
        var maybeNot = Maybe(Tok(SyntaxKind.NotKeyword));
        var candidatePredicate =
            Tok(SyntaxKind.WithdrawnKeyword).Select(w => new SyntaxToken?[] { w, null, null })
            .Or(from national in Tok(SyntaxKind.NationalKeyword) from of in Tok(SyntaxKind.OfKeyword)
                from member in Tok(SyntaxKind.MemberKeyword)
                select new SyntaxToken?[] { national, of, member });
        var candidate =
            from keyword in Tok(SyntaxKind.CandidateKeyword)
            from isKeyword in Tok(SyntaxKind.IsKeyword)
            from not in maybeNot
            from predicate in candidatePredicate
            select (ConditionSyntax)new CandidateConditionSyntax(keyword, isKeyword, not, predicate[0]!, predicate[1], predicate[2]);
        var givenBy =
            from given in Tok(SyntaxKind.GivenKeyword)
            from byKeyword in Tok(SyntaxKind.ByKeyword)
            from giver in AnyOf(SyntaxKind.CandidateKeyword, SyntaxKind.IdentifierToken)
            select (ConditionSyntax)new GivenByConditionSyntax(given, byKeyword, giver);
        var named = name.Select(n => (ConditionSyntax)new NameConditionSyntax(n));

        var primary = parenthesized.Or(combinator).Or(consensus).Or(unanimity).Or(veto).Or(threshold)
            .Or(candidate).Or(givenBy).Or(named).Named("condition");
        var negated =
            from not in Tok(SyntaxKind.NotKeyword) from operand in Parse.Ref(() => unary)
            select (ConditionSyntax)new NotConditionSyntax(not, operand);
        unary = Guard(negated.Or(primary));
        var conjunction = Joined(SyntaxKind.AndKeyword, unary);
        condition = Joined(SyntaxKind.OrKeyword, conjunction);
        return condition;
    }

    // A share's tokens in the node's order: the value, `of`, the basis (its six tokens) and whom it counts (three).
    private static SyntaxToken?[] Basis(SyntaxToken? share, SyntaxToken of, SyntaxToken?[] measure, SyntaxToken?[] counted) =>
        [share, null, of, .. measure, .. counted];

    private static ConditionSyntax Threshold(SyntaxToken first, SyntaxToken end, SyntaxToken?[] rest, MemberSelectorSyntax? selector) =>
        new ThresholdConditionSyntax(first, end, rest[0], rest[1], rest[2], rest[3], selector, rest[4], rest[5], rest[6], rest[7], rest[8], rest[9],
            rest[10], rest[11]);

    // Operands joined by one operator, as one flat node; a lone operand is itself.
    // Written with Sequence.Of and filled in place: a chain of 100,000 terms (the limit is reported by the
    // binder) allocated 3 KB a term through query expressions and a pair array for each.
    private TokenListParser<SyntaxKind, ConditionSyntax> Joined(SyntaxKind op, TokenListParser<SyntaxKind, ConditionSyntax> operand)
    {
        var more = Sequence.Of(Tok(op), operand, (o, next) => (Operator: o, Operand: next)).Many();
        return Sequence.Of(operand, more, (first, rest) =>
        {
            if (rest.Length == 0)
                return first;
            var children = new GreenNode[1 + 2 * rest.Length];
            children[0] = first;
            for (var i = 0; i < rest.Length; i++)
                (children[1 + 2 * i], children[2 + 2 * i]) = (rest[i].Operator, rest[i].Operand);
            return (ConditionSyntax)new LogicalConditionSyntax(children);
        });
    }

    /// <summary>
    /// Limits recursion: past the configured depth, or when the stack runs short, the parse fails
    /// and the statement is reported as nested too deeply instead of overflowing the stack.
    /// </summary>
    private static TokenListParser<SyntaxKind, T> Guard<T>(TokenListParser<SyntaxKind, T> inner) => input =>
    {
        var parsing = t_parsing!;
        if (parsing._depth >= parsing._options.MaxNestingDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            parsing._tooDeep = true;
            return TokenListParserResult.Empty<SyntaxKind, T>(input);
        }
        parsing._depth++;
        try
        {
            return inner(input);
        }
        finally
        {
            parsing._depth--;
        }
    };
}
