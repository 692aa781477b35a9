using NatoRules.Text;

namespace NatoRules.Syntax.Parsing;

using NatoRules.Syntax.InternalSyntax;

/// <summary>
/// The direct path for flat statements: members, candidates and proposals, dated events, guarantees and
/// matters, which make up nearly all of a large file. Each reads the tokens straight from the token list
/// and builds the same nodes the Superpower grammar would, without a parser result and a closure per
/// token. Anything it does not recognise exactly (an error, a missing <c>;</c>) makes it give up with
/// nothing consumed, and the grammar parses the statement and reports what is wrong.
/// </summary>
internal sealed partial class Parser
{
    private StatementSyntax? ParseFlatStatement(SyntaxKind first)
    {
        var start = _index;
        var statement = first switch
        {
            SyntaxKind.OnKeyword => FlatOn(),
            SyntaxKind.MemberKeyword => FlatMember(),
            SyntaxKind.CandidateKeyword or SyntaxKind.ProposalKeyword => FlatCandidate(),
            SyntaxKind.GuaranteeKeyword => FlatGuaranteeStatement(),
            SyntaxKind.MatterKeyword => FlatMatter(),
            _ => null,
        };
        if (statement is null)
            _index = start;
        return statement;
    }

    private bool At(SyntaxKind kind) => CurrentKind == kind;

    private SyntaxToken? Take(SyntaxKind kind) => CurrentKind == kind ? _tokens[_index++] : null;

    private NameSyntax? TakeName() => At(SyntaxKind.IdentifierToken) ? new NameSyntax(_tokens[_index++]) : null;

    private StatementSyntax? FlatOn()
    {
        if (_options.CompactStatements && CompactOn() is { } compact)
            return compact;
        var on = Take(SyntaxKind.OnKeyword)!;
        if (Take(SyntaxKind.DateToken) is not { } date || Take(SyntaxKind.ColonToken) is not { } colon)
            return null;
        var clause = At(SyntaxKind.GuaranteeKeyword) ? FlatGuaranteeClause() : FlatNamedEvent();
        if (clause is null || Take(SyntaxKind.SemicolonToken) is not { } semicolon)
            return null;
        return new OnStatementSyntax(on, date, colon, clause, semicolon);
    }

    // `on DATE: MEMBER VERB NAME [unless|if guarantee MATTER];` on a real day, the bulk of a large facts
    // block, is kept compact: read from the token kinds, with no node made (see OnStatementSyntax).
    private CompactOnStatement? CompactOn()
    {
        var at = _index;
        var date = _tokens.Peek(at + 1);
        if (date.Kind != SyntaxKind.DateToken || _tokens.Peek(at + 2).Kind != SyntaxKind.ColonToken)
            return null;
        var member = _tokens.Peek(at + 3);
        var verb = _tokens.Peek(at + 4).Kind;
        var candidate = _tokens.Peek(at + 5);
        if (member.Kind != SyntaxKind.IdentifierToken || candidate.Kind != SyntaxKind.IdentifierToken
            || verb is not (SyntaxKind.SupportsKeyword or SyntaxKind.ObjectsKeyword or SyntaxKind.AbstainsKeyword))
            return null;
        var last = at + 6;
        var condition = _tokens.Peek(last).Kind;
        string? matter = null;
        if (condition is SyntaxKind.UnlessKeyword or SyntaxKind.IfKeyword)
        {
            var matterToken = _tokens.Peek(at + 8);
            if (_tokens.Peek(at + 7).Kind != SyntaxKind.GuaranteeKeyword || matterToken.Kind != SyntaxKind.IdentifierToken)
                return null;
            matter = matterToken.Text;
            last = at + 9;
        }
        else
        {
            condition = SyntaxKind.None;
        }
        var semicolon = _tokens.Peek(last);
        if (semicolon.Kind != SyntaxKind.SemicolonToken || !Dates.TryParseIso(date.Text, out var day))
            return null;
        var on = _tokens.Peek(at);
        _index = last + 1;
        return new CompactOnStatement(_source, on.FullStart, on.Position, semicolon.Position + 1, semicolon.FullEnd,
            new FlatPosition(day, member.Text, verb, candidate.Text, condition, matter));
    }

    private EventClauseSyntax? FlatNamedEvent()
    {
        if (FlatNameList() is not { } names)
            return null;
        var verb = Current;
        switch (verb.Kind)
        {
            case SyntaxKind.SupportsKeyword or SyntaxKind.ObjectsKeyword or SyntaxKind.AbstainsKeyword:
                _index++;
                if (TakeName() is not { } candidate)
                    return null;
                PositionConditionSyntax? condition = null;
                if (Current.Kind is SyntaxKind.UnlessKeyword or SyntaxKind.IfKeyword)
                {
                    var keyword = _tokens[_index++];
                    if (Take(SyntaxKind.GuaranteeKeyword) is not { } guarantee || TakeName() is not { } matter)
                        return null;
                    condition = new PositionConditionSyntax(keyword, guarantee, matter);
                }
                return new PositionClauseSyntax(names, verb, candidate, condition);
            case SyntaxKind.JoinsKeyword or SyntaxKind.LeavesKeyword:
                _index++;
                return new MembershipClauseSyntax(names, verb);
            case SyntaxKind.WithdrawsKeyword:
                _index++;
                return new WithdrawalClauseSyntax(names, verb);
            default:
                return null;
        }
    }

    private NameListSyntax? FlatNameList()
    {
        if (TakeName() is not { } first)
            return null;
        if (!At(SyntaxKind.CommaToken))
            return new NameListSyntax([first]);
        var elements = new List<GreenNode> { first };
        while (Take(SyntaxKind.CommaToken) is { } comma)
        {
            if (TakeName() is not { } next)
                return null;
            elements.Add(comma);
            elements.Add(next);
        }
        return new NameListSyntax(elements.ToArray());
    }

    private GuaranteeClauseSyntax? FlatGuaranteeClause()
    {
        var keyword = Take(SyntaxKind.GuaranteeKeyword)!;
        if (TakeName() is not { } matter || Take(SyntaxKind.FromKeyword) is not { } from || TakeName() is not { } giver
            || Take(SyntaxKind.ToKeyword) is not { } to || TakeName() is not { } receiver
            || Take(SyntaxKind.IdentifierToken) is not { } form || Take(SyntaxKind.OnKeyword) is not { } on
            || Take(SyntaxKind.DateToken) is not { } date)
            return null;
        var description = Take(SyntaxKind.StringToken);
        return new GuaranteeClauseSyntax(keyword, matter, from, giver, to, receiver, form, on, date, description);
    }

    private StatementSyntax? FlatGuaranteeStatement() =>
        FlatGuaranteeClause() is { } clause && Take(SyntaxKind.SemicolonToken) is { } semicolon
            ? new GuaranteeStatementSyntax(clause, semicolon)
            : null;

    private StatementSyntax? FlatMatter()
    {
        var keyword = Take(SyntaxKind.MatterKeyword)!;
        if (Take(SyntaxKind.IdentifierToken) is not { } identifier)
            return null;
        var description = Take(SyntaxKind.StringToken);
        return Take(SyntaxKind.SemicolonToken) is { } semicolon
            ? new MatterDeclarationSyntax(keyword, identifier, description, semicolon)
            : null;
    }

    // `member CODE ["title"] attributes… ;` and `candidate NAME ["title"] attributes… ;`
    private StatementSyntax? FlatMember() => FlatDeclaration(member: true);

    private StatementSyntax? FlatCandidate() => FlatDeclaration(member: false);

    // No delegates: a large body declares thousands of members, and a method group made a delegate per call.
    private StatementSyntax? FlatDeclaration(bool member)
    {
        var keyword = _tokens[_index++];
        if (Take(SyntaxKind.IdentifierToken) is not { } identifier)
            return null;
        var title = Take(SyntaxKind.StringToken);
        var attributes = new List<AttributeSyntax>(2);
        SyntaxToken? semicolon;
        while ((semicolon = Take(SyntaxKind.SemicolonToken)) is null)
        {
            if ((member ? FlatMemberAttribute() : FlatCandidateAttribute()) is not { } next)
                return null;
            attributes.Add(next);
        }
        return member
            ? new MemberDeclarationSyntax(keyword, identifier, title, attributes.ToArray(), semicolon)
            : new CandidateDeclarationSyntax(keyword, identifier, title, attributes.ToArray(), semicolon);
    }

    // `joined DATE`, `left DATE`, `term DATE to DATE`, or a flag or number: `permanent`, `population 83000000`.
    private AttributeSyntax? FlatMemberAttribute()
    {
        var current = Current;
        switch (current.Kind)
        {
            case SyntaxKind.JoinedKeyword or SyntaxKind.LeftKeyword:
                _index++;
                return Take(SyntaxKind.DateToken) is { } date ? new DatedAttributeSyntax(current, date) : null;
            case SyntaxKind.TermKeyword:
                _index++;
                return Take(SyntaxKind.DateToken) is { } startDate && Take(SyntaxKind.ToKeyword) is { } to
                    && Take(SyntaxKind.DateToken) is { } endDate
                    ? new TermAttributeSyntax(current, startDate, to, endDate)
                    : null;
            case SyntaxKind.IdentifierToken:
                _index++;
                var value = Current.Kind is SyntaxKind.IntegerToken or SyntaxKind.PercentToken or SyntaxKind.DateToken or SyntaxKind.StringToken
                    ? _tokens[_index++]
                    : null;
                return new ValueAttributeSyntax(current, value);
            default:
                return null;
        }
    }

    // `national MEMBER`, `declared DATE`, `withdrawn DATE`.
    private AttributeSyntax? FlatCandidateAttribute()
    {
        var current = Current;
        switch (current.Kind)
        {
            case SyntaxKind.NationalKeyword:
                _index++;
                return TakeName() is { } member ? new NationalAttributeSyntax(current, member) : null;
            case SyntaxKind.DeclaredKeyword or SyntaxKind.WithdrawnKeyword:
                _index++;
                return Take(SyntaxKind.DateToken) is { } date ? new DatedAttributeSyntax(current, date) : null;
            default:
                return null;
        }
    }
}
