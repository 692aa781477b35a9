using System.Diagnostics.CodeAnalysis;
using NatoRules.Diagnostics;
using NatoRules.Syntax.Lexing;
using NatoRules.Text;
using Superpower.Model;
using SpTextSpan = Superpower.Model.TextSpan;
using TextSpan = NatoRules.Text.TextSpan;

namespace NatoRules.Syntax.Parsing;

using NatoRules.Syntax.InternalSyntax;

/// <summary>
/// The recovering parser. Statements and conditions are Superpower token-list parsers (see
/// <c>Parser.Grammar.cs</c>); this part walks declarations and blocks itself so that each error is
/// reported where it happens, missing <c>;</c>, <c>{</c> and <c>}</c> are synthesized, and skipped
/// tokens are kept in <see cref="SkippedTokensSyntax"/> nodes. The tree always holds every character.
/// Every statement is parsed by the grammar; the one-member positions that make up nearly all of a large
/// facts block are kept compact below the green tree (see <see cref="CompactOn"/>) until asked for.
/// The grammar's parsers never backtrack past a token they have looked at (no <c>Try</c>), which is
/// what lets each statement be parsed over its own tokens (see <see cref="RunGrammar"/>).
/// </summary>
internal sealed partial class Parser
{
    private readonly SourceText _source;
    private readonly ParseOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly TokenStream _tokens;
    private int _index;

    public Parser(SourceText source, ParseOptions options, DiagnosticBag diagnostics)
        // The stream's buffer grows as needed: a small file starts small (a 60-character file is parsed
        // in a few kilobytes, not the 64 KB of a buffer for 2,048 tokens).
        : this(source, options, diagnostics, new TokenStream(new Lexer(source, diagnostics), source.Text, Math.Clamp(source.Length / 4, 16, 2048)),
            Grammar.Value)
    {
    }

    // The grammar's parsers, built once for every parse on every thread: they are pure functions of the
    // tokens they are given, and reach the parse they serve (its tokens, its nesting depth) through
    // `t_parsing`, which RunGrammar sets for the time it runs them. Building them took most of the time
    // of parsing a small file (220 of 230 us for two lines), which an editor does at every keystroke.
    private static readonly Lazy<Parser> Grammar = new(BuildGrammarHolder);

    // Superpower reads SyntaxKind's [Token] attributes by reflection to word its expectations.
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicFields, typeof(SyntaxKind))]
    private static Parser BuildGrammarHolder()
    {
        var holder = new Parser(SourceText.From(""), ParseOptions.Default, new DiagnosticBag(), null!, null!);
        holder.BuildGrammar();
        return holder;
    }

    [ThreadStatic]
    private static Parser? t_parsing;

    private readonly Parser _grammar;

    private Parser(SourceText source, ParseOptions options, DiagnosticBag diagnostics, TokenStream tokens, Parser grammar)
    {
        _source = source;
        _options = options;
        _diagnostics = diagnostics;
        _tokens = tokens;
        _grammar = grammar;
    }

    private static readonly ParseOptions ExpandOptions = ParseOptions.Default with { CompactStatements = false };

    /// <summary>
    /// The parts of a compact <c>on</c> statement (see <see cref="OnStatementSyntax"/>): the text between
    /// <paramref name="fullStart"/> and <paramref name="fullEnd"/> parsed by the grammar, as any other statement.
    /// </summary>
    internal static OnStatementSyntax ParseOnStatement(SourceText source, int fullStart, int fullEnd)
    {
        var diagnostics = new DiagnosticBag();
        var parser = new Parser(source, ExpandOptions, diagnostics,
            new TokenStream(new Lexer(source, diagnostics, fullStart, fullEnd), source.Text, capacity: 16), Grammar.Value);
        // Its trivia's diagnostics (a bad character in a comment) were reported when the file was parsed.
        return parser.ParseStatement(BlockKind.Facts) is OnStatementSyntax statement && parser.CurrentKind == SyntaxKind.EndOfFileToken
            ? statement
            : throw new InvalidOperationException($"The compact statement at {fullStart} no longer parses.");
    }

    // `on DATE: MEMBER VERB NAME [unless|if guarantee MATTER];` on a real day, the bulk of a large facts
    // block, is kept compact, below the green tree (see OnStatementSyntax): told by its tokens' kinds
    // alone, which are those of a statement the grammar parses without error into one member's position,
    // and kept as its text and what it says, with no token or node made. It consumes nothing unless it
    // is one; the grammar makes its nodes when they are first asked for.
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
            new SimplePosition(day, member.Text, verb, candidate.Text, condition, matter));
    }

    private int Index => _index;

    private SyntaxToken Current => _tokens[_index];

    // The current token's kind, read without making the token object.
    private SyntaxKind CurrentKind => _tokens.Peek(_index).Kind;

    public CompilationUnitSyntax ParseCompilationUnit()
    {
        var declarations = new List<DeclarationSyntax>();
        while (Current.Kind != SyntaxKind.EndOfFileToken)
        {
            var declaration = ParseDeclaration();
            if (declaration is not null)
            {
                declarations.Add(declaration);
                continue;
            }
            var first = Current;
            _diagnostics.Add(DiagnosticDescriptors.DeclarationExpected, _source, SpanAt(_index), Describe(first));
            var skipped = new List<SyntaxToken>();
            do
                skipped.Add(Advance());
            while (Current.Kind != SyntaxKind.EndOfFileToken && !IsDeclarationStart(Current.Kind));
            declarations.Add(new SkippedTokensSyntax(skipped));
        }
        return new CompilationUnitSyntax(declarations, Current);
    }

    private DeclarationSyntax? ParseDeclaration() => Current.Kind switch
    {
        SyntaxKind.BodyKeyword => new BodyDeclarationSyntax(
            Advance(), Expect(SyntaxKind.IdentifierToken), Optional(SyntaxKind.StringToken), ParseBlock(BlockKind.Body)),
        SyntaxKind.DecisionKeyword => new DecisionDeclarationSyntax(
            Advance(), Expect(SyntaxKind.IdentifierToken), Expect(SyntaxKind.InKeyword),
            new NameSyntax(Expect(SyntaxKind.IdentifierToken)), ParseBlock(BlockKind.Decision)),
        SyntaxKind.FactsKeyword => new FactsDeclarationSyntax(
            Advance(), Expect(SyntaxKind.IdentifierToken), Expect(SyntaxKind.ForKeyword), ParseNameList(),
            ParseBlock(BlockKind.Facts)),
        SyntaxKind.TestKeyword => new TestDeclarationSyntax(
            Advance(), Expect(SyntaxKind.StringToken), ParseBlock(BlockKind.Test)),
        SyntaxKind.RuleKeyword or SyntaxKind.MatterKeyword => (DeclarationSyntax)ParseStatement(BlockKind.TopLevel),
        _ => null,
    };

    private BlockSyntax ParseBlock(BlockKind kind)
    {
        // The statements are gathered in a rented buffer and copied once into the block's own array.
        using var statements = new PooledList<StatementSyntax>();
        var open = Expect(SyntaxKind.OpenBraceToken);
        SyntaxToken close;
        while (true)
        {
            var current = CurrentKind;
            if (current == SyntaxKind.CloseBraceToken)
            {
                close = Advance();
                break;
            }
            if (current == SyntaxKind.EndOfFileToken || (IsDeclarationStart(current) && !StartsStatement(kind, current)))
            {
                close = Missing(SyntaxKind.CloseBraceToken);
                break;
            }
            statements.Add(ParseStatement(kind));
        }
        return new BlockSyntax(open, statements.AsSpan().ToArray(), close);
    }

    private StatementSyntax ParseStatement(BlockKind kind)
    {
        var start = _index;
        _tokens.Release(start); // no statement looks back past its own start
        var first = CurrentKind;
        if (!StartsStatement(kind, first))
        {
            _diagnostics.AddWithHelp(DiagnosticDescriptors.StatementNotAllowed, new Location(_source, SpanAt(_index)),
                KeywordHelp(Current, SyntaxFacts.KeywordTexts.Where(k => StartsStatement(kind, SyntaxFacts.GetKeywordKind(k)))),
                Describe(Current), BlockName(kind), ExpectedStatements(kind));
            return SkipStatement(kind, start);
        }

        if (first == SyntaxKind.OnKeyword && _options.CompactStatements && CompactOn() is { } compact)
            return compact;

        _depth = 0;
        _tooDeep = false;
        var result = RunGrammar(_grammar.StatementParser(first));
        if (result.HasValue)
        {
            _index = _chunkStart + result.Remainder.Position;
            return result.Value(Expect(SyntaxKind.SemicolonToken));
        }

        var atIndex = _chunkStart + result.Location.Position;
        var at = _tokens[atIndex];
        if (_tooDeep)
            _diagnostics.Add(DiagnosticDescriptors.NestingTooDeep, _source, SpanAt(atIndex), _options.MaxNestingDepth);
        else
            _diagnostics.AddWithHelp(DiagnosticDescriptors.UnexpectedToken, new Location(_source, SpanAt(atIndex)),
                KeywordHelp(at, ExpectedKeywords(result.Expectations)), Describe(at), FormatExpectations(result.Expectations));
        return SkipStatement(kind, start);
    }

    // The Superpower grammar runs over the statement's own tokens: from the current one up to the first
    // `;`, `{` or `}` (which no statement parser consumes, so no parser looks past it), or the end of the file.
    // A chunk cut short for length is grown eightfold and the parse run again if the parser reached its end:
    // a statement of n tokens is parsed over about 2.1 n tokens at worst, 1.2 n on average (3 n and 2 n when
    // the chunk doubled; a condition of 100,000 terms allocated 214 MB to parse, 118 MB now).
    private int _chunkStart;
    private int _chunkEnd;

    private TokenListParserResult<SyntaxKind, Func<SyntaxToken, StatementSyntax>> RunGrammar(
        Superpower.TokenListParser<SyntaxKind, Func<SyntaxToken, StatementSyntax>> parser)
    {
        _chunkStart = _index;
        for (var size = 64; ; size *= 8)
        {
            // The end of file is not part of the chunk: Superpower does not see it.
            var end = _chunkStart;
            var limit = _chunkStart + size;
            while (end < limit && !_tokens.IsEnd(end)
                   && _tokens[end].Kind is not (SyntaxKind.SemicolonToken or SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken))
                end++;
            var complete = end < limit;
            if (complete && !_tokens.IsEnd(end))
                end++; // the stopper itself
            var chunk = new Token<SyntaxKind>[end - _chunkStart];
            for (var i = 0; i < chunk.Length; i++)
            {
                var token = _tokens.Peek(_chunkStart + i);
                // Superpower's lines and columns are not read: diagnostics are placed from the token's position.
                chunk[i] = new Token<SyntaxKind>(token.Kind,
                    new SpTextSpan(_source.Text, new Position(token.Position, 1, token.Position + 1), token.Text.Length));
            }
            _chunkEnd = end;
            var previous = t_parsing;
            t_parsing = this;
            TokenListParserResult<SyntaxKind, Func<SyntaxToken, StatementSyntax>> result;
            try
            {
                result = parser(new TokenList<SyntaxKind>(chunk));
            }
            finally
            {
                t_parsing = previous;
            }
            var reached = result.HasValue ? result.Remainder.IsAtEnd : result.Location.IsAtEnd;
            if (complete || !reached)
                return result;
        }
    }

    private SyntaxToken Map(Token<SyntaxKind> token)
    {
        int low = _chunkStart, high = _chunkEnd - 1;
        var position = token.Span.Position.Absolute;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_tokens.Peek(middle).Position < position)
                low = middle + 1;
            else
                high = middle;
        }
        return _tokens[low];
    }

    /// <summary>
    /// Skips from <paramref name="start"/> past the next <c>;</c>, or up to a <c>}</c>, the end of the file,
    /// or a token that starts a line and a new statement or declaration. Always skips at least one token.
    /// </summary>
    private SkippedTokensSyntax SkipStatement(BlockKind kind, int start)
    {
        _index = start;
        var skipped = new List<SyntaxToken> { Advance() };
        if (skipped[0].Kind == SyntaxKind.SemicolonToken)
            return new SkippedTokensSyntax(skipped);
        while (true)
        {
            var current = Current;
            if (current.Kind is SyntaxKind.EndOfFileToken or SyntaxKind.CloseBraceToken)
                break;
            var lexed = _tokens.Peek(_index);
            if (Lexer.StartsLine(_source.Text, lexed.FullStart, lexed.Position) && (StartsStatement(kind, current.Kind) || IsDeclarationStart(current.Kind)))
                break;
            skipped.Add(Advance());
            if (current.Kind == SyntaxKind.SemicolonToken)
                break;
        }
        return new SkippedTokensSyntax(skipped);
    }

    // Where the token at `index` stands in the source (green tokens know only their width).
    private TextSpan SpanAt(int index)
    {
        var token = _tokens.Peek(index);
        return new TextSpan(token.Position, token.Text.Length);
    }

    private static string Describe(SyntaxToken token) => SyntaxFacts.Describe(token.Kind, token.Text);

    private SyntaxToken Advance()
    {
        var token = Current;
        if (token.Kind != SyntaxKind.EndOfFileToken)
            _index++;
        return token;
    }

    private SyntaxToken Expect(SyntaxKind kind) => CurrentKind == kind ? Advance() : Missing(kind);

    private SyntaxToken? Optional(SyntaxKind kind) => CurrentKind == kind ? Advance() : null;

    private NameListSyntax ParseNameList()
    {
        var elements = new List<GreenNode> { new NameSyntax(Expect(SyntaxKind.IdentifierToken)) };
        while (Current.Kind == SyntaxKind.CommaToken)
        {
            elements.Add(Advance());
            elements.Add(new NameSyntax(Expect(SyntaxKind.IdentifierToken)));
        }
        return new NameListSyntax(elements);
    }

    /// <summary>
    /// Synthesizes a missing token. It stands, with no width, between the previous token's trivia and
    /// the next token's, so tokens still tile the text; the diagnostic points just after the previous
    /// token, on the line where the token was forgotten.
    /// </summary>
    private SyntaxToken Missing(SyntaxKind kind)
    {
        var reportAt = Index == 0 ? 0 : SpanAt(Index - 1).End;
        _diagnostics.Add(DiagnosticDescriptors.MissingToken, _source, new TextSpan(reportAt, 0), SyntaxFacts.Describe(kind));
        return SyntaxToken.Missing(kind);
    }

    // A misspelt keyword (`requires`, `whn`) is an identifier where a keyword was expected: name the
    // nearest one. A keyword that is spelt right but out of place gets no suggestion.
    private static string? KeywordHelp(SyntaxToken token, IEnumerable<string> keywords) =>
        token.Kind == SyntaxKind.IdentifierToken && NameSuggester.Suggest(token.Text, keywords) is { } keyword
            ? $"did you mean `{keyword}`?"
            : null;

    // The expectations that are keywords, as Superpower names them (`when`).
    private static IEnumerable<string> ExpectedKeywords(string[]? expectations) =>
        (expectations ?? []).Select(e => e.Trim('`')).Where(e => SyntaxFacts.GetKeywordKind(e) != SyntaxKind.IdentifierToken);

    private static string FormatExpectations(string[]? expectations)
    {
        if (expectations is null || expectations.Length == 0)
            return "something else";
        var distinct = expectations.Distinct(StringComparer.Ordinal).ToArray();
        return distinct.Length == 1
            ? distinct[0]
            : string.Join(", ", distinct[..^1]) + " or " + distinct[^1];
    }

    private static bool IsDeclarationStart(SyntaxKind kind) => kind is SyntaxKind.BodyKeyword or SyntaxKind.DecisionKeyword
        or SyntaxKind.RuleKeyword or SyntaxKind.MatterKeyword or SyntaxKind.FactsKeyword or SyntaxKind.TestKeyword;

    private enum BlockKind { TopLevel, Body, Decision, Facts, Test }

    private static bool StartsStatement(BlockKind block, SyntaxKind kind) => block switch
    {
        BlockKind.TopLevel => kind is SyntaxKind.RuleKeyword or SyntaxKind.MatterKeyword,
        BlockKind.Body => kind is SyntaxKind.MemberKeyword or SyntaxKind.ChairKeyword,
        BlockKind.Decision => kind is SyntaxKind.RequireKeyword or SyntaxKind.EligibleKeyword
            or SyntaxKind.GuaranteesKeyword or SyntaxKind.BlockingKeyword or SyntaxKind.QuorumKeyword or SyntaxKind.TieKeyword,
        BlockKind.Facts => kind is SyntaxKind.CandidateKeyword or SyntaxKind.ProposalKeyword or SyntaxKind.OnKeyword or SyntaxKind.SeatsKeyword
            or SyntaxKind.GuaranteeKeyword or SyntaxKind.MatterKeyword,
        BlockKind.Test => kind is SyntaxKind.AsKeyword or SyntaxKind.WithKeyword or SyntaxKind.WithoutKeyword
            or SyntaxKind.ExpectKeyword,
        _ => false,
    };

    private static string BlockName(BlockKind block) => block switch
    {
        BlockKind.Body => "body",
        BlockKind.Decision => "decision",
        BlockKind.Facts => "facts",
        BlockKind.Test => "test",
        _ => "top-level",
    };

    private static string ExpectedStatements(BlockKind block) => block switch
    {
        BlockKind.Body => "`member` or `chair`",
        BlockKind.Decision => "`require`, `eligible`, `guarantees`, `blocking`, `quorum` or `tie`",
        BlockKind.Facts => "`candidate`, `proposal`, `on`, `guarantee`, `matter` or `seats`",
        BlockKind.Test => "`as`, `with`, `without` or `expect`",
        _ => "a declaration",
    };
}
