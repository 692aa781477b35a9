using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Facts;

/// <summary>Reads a <c>facts</c> block into the unbound fact inputs the binder shares with JSON documents.</summary>
/// <remarks>
/// Positions, nearly all of a large block, are not collected by <see cref="Read"/>: the binder reads them
/// with <see cref="ReadPositions"/> when it binds them, so no input object outlives its statement.
/// </remarks>
internal static class SyntaxFactReader
{
    public static FactsInput Read(FactsDeclarationSyntax syntax)
    {
        var input = new FactsInput { Name = new NameInput(syntax.Identifier.Text, syntax.Identifier.GetLocation()), Syntax = syntax };
        input.Decisions.AddRange(syntax.Decisions.Names.Where(n => !n.IsMissing).Select(Name));
        var block = syntax.Block;
        for (var i = 0; i < block.Statements.Count; i++)
        {
            if (block.CompactPositionAt(i) is not null)
                continue; // one member's position: see ReadPositions
            switch (block.Statements[i])
            {
                case CandidateDeclarationSyntax candidate when !candidate.Identifier.IsMissing:
                    input.Candidates.Add(ReadCandidate(candidate));
                    break;
                case OnStatementSyntax { SimplePosition: null, Event: not PositionClauseSyntax } on:
                    ReadEvent(input, on.Event, Date(on.Date), on);
                    break;
                case GuaranteeStatementSyntax guarantee:
                    ReadEvent(input, guarantee.Guarantee, null, guarantee);
                    break;
                case MatterDeclarationSyntax matter when !matter.Identifier.IsMissing:
                    input.Matters.Add(new MatterInput(Token(matter.Identifier), matter.Description?.Value as string, matter));
                    break;
                case SeatsDeclarationSyntax seats:
                    input.Seats.Add((seats.Count.Value as long?, seats.Count.GetLocation()));
                    break;
            }
        }
        return input;
    }

    /// <summary>
    /// The positions stated in <paramref name="syntax"/>, in order, one statement at a time: one member's position
    /// goes to <paramref name="bindSimple"/> as the statement states it (<see cref="OnStatementSyntax.SimplePosition"/>),
    /// with its block and index there, any other to <paramref name="bind"/>. A compact statement is read
    /// without making its public node (the statements of a large block are nearly all compact).
    /// </summary>
    public static void ReadPositions(FactsDeclarationSyntax syntax, Action<PositionInput> bind, Action<BlockSyntax, int, SimplePosition> bindSimple)
    {
        var block = syntax.Block;
        for (var i = 0; i < block.Statements.Count; i++)
        {
            if (block.CompactPositionAt(i) is { } compact)
                bindSimple(block, i, compact);
            else if (block.Statements[i] is OnStatementSyntax on)
            {
                if (on.SimplePosition is { } simple)
                    bindSimple(block, i, simple);
                else if (on.Event is PositionClauseSyntax position)
                    ReadPositionClause(position, Date(on.Date), null, on, bind);
            }
        }
    }

    /// <summary>The position a statement states, read from its syntax.</summary>
    public static void ReadPosition(OnStatementSyntax on, Action<PositionInput> bind) =>
        ReadPositionClause((PositionClauseSyntax)on.Event, Date(on.Date), null, on, bind);

    /// <summary>Reads a position clause: its location is <paramref name="location"/>, or that of <paramref name="statement"/> when asked.</summary>
    private static void ReadPositionClause(PositionClauseSyntax position, DateInput? date, Location? location, SyntaxNode statement,
        Action<PositionInput> bind)
    {
        var stance = StanceOf(position.Verb.Kind);
        var condition = ConditionOf(position.Condition?.Keyword.Kind ?? SyntaxKind.None);
        var candidate = Name(position.Candidate);
        var matter = position.Condition is { } c ? Name(c.Matter) : null;
        var declaration = position.DeclarationKeyword is { } keyword && keyword.GetLocation() is var end
            ? new Location(end.Source, TextSpan.FromBounds(position.WithKeyword!.Span.Start, end.Span.End))
            : null;
        foreach (var member in position.Members.Names)
            bind(new PositionInput(date, Name(member), stance, candidate, condition, matter, location, statement) { Declaration = declaration });
    }

    /// <summary>The stance a position's verb states: <c>supports</c>, <c>objects</c>, <c>abstains</c> or <c>absent</c>.</summary>
    public static Stance StanceOf(SyntaxKind verb) => verb switch
    {
        SyntaxKind.SupportsKeyword => Stance.Supports,
        SyntaxKind.ObjectsKeyword => Stance.Objects,
        SyntaxKind.AbsentKeyword => Stance.Absent,
        _ => Stance.Abstains,
    };

    /// <summary>The condition a position's keyword states: <c>unless</c>, <c>if</c>, or none.</summary>
    public static PositionConditionKind ConditionOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.UnlessKeyword => PositionConditionKind.Unless,
        SyntaxKind.IfKeyword => PositionConditionKind.If,
        _ => PositionConditionKind.None,
    };

    private static CandidateInput ReadCandidate(CandidateDeclarationSyntax syntax)
    {
        NameInput? national = null;
        DateInput? declared = null, withdrawn = null;
        foreach (var attribute in syntax.Attributes)
        {
            switch (attribute)
            {
                case NationalAttributeSyntax n:
                    national = Name(n.Member);
                    break;
                case DatedAttributeSyntax { Keyword.Kind: SyntaxKind.DeclaredKeyword } d:
                    declared = Date(d.Date);
                    break;
                case DatedAttributeSyntax { Keyword.Kind: SyntaxKind.WithdrawnKeyword } w:
                    withdrawn = Date(w.Date);
                    break;
            }
        }
        return new CandidateInput(Token(syntax.Identifier), syntax.Title?.Value as string,
            syntax.Keyword.Kind == SyntaxKind.ProposalKeyword, national, declared, withdrawn, syntax);
    }

    /// <summary>Adds one event; <paramref name="date"/> is null for a guarantee (it carries its own) or an undated test override.</summary>
    public static void ReadEvent(FactsInput input, EventClauseSyntax clause, DateInput? date, SyntaxNode statement)
    {
        var location = statement.GetLocation();
        switch (clause)
        {
            case PositionClauseSyntax position:
                ReadPositionClause(position, date, location, statement, input.Positions.Add);
                break;
            case MembershipClauseSyntax membership:
                foreach (var member in membership.Members.Names)
                    input.MembershipChanges.Add(new MembershipInput(date, Name(member), membership.Verb.Kind == SyntaxKind.JoinsKeyword, location));
                break;
            case WithdrawalClauseSyntax withdrawal:
                foreach (var candidate in withdrawal.Candidates.Names)
                    input.Withdrawals.Add(new WithdrawalInput(date, Name(candidate), location));
                break;
            case VoteClauseSyntax vote:
                input.Votes.Add(new VoteInput(date, vote.Candidate is { } voted ? Name(voted) : null,
                    [.. vote.Counts.Select(item => new TallyItemInput(StanceOf(item.Verb.Kind), item.Count.Value as long?, item.GetLocation()))],
                    location)
                {
                    Ballot = vote.Ballot?.Value as long?,
                    BallotLocation = vote.Ballot?.GetLocation(),
                });
                break;
            case GuaranteeClauseSyntax guarantee when Date(guarantee.Date) is { } given:
                input.Guarantees.Add(new GuaranteeInput(Name(guarantee.Matter), Name(guarantee.Giver), Name(guarantee.Receiver),
                    Token(guarantee.Form), given, guarantee.Description?.Value as string, location));
                break;
        }
    }

    private static NameInput Name(NameSyntax syntax) => new(syntax);

    private static NameInput Token(SyntaxToken token) => new(token.Text, token.GetLocation());

    // Unreal dates are reported where the binder meets them; here they keep their text and location.
    public static DateInput? Date(SyntaxToken token) =>
        token.IsMissing || token.Kind != SyntaxKind.DateToken ? null : new DateInput(token);
}
