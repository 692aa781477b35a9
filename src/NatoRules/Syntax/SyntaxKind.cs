using Superpower.Display;

namespace NatoRules.Syntax;

/// <summary>The kind of a token, trivia or node.</summary>
public enum SyntaxKind
{
    /// <summary>No kind.</summary>
    None = 0,

    // Tokens with values.
    /// <summary>A name: a letter or underscore, then letters, digits or underscores.</summary>
    [Token(Description = "identifier")]
    IdentifierToken,
    /// <summary>A double-quoted string with backslash escapes.</summary>
    [Token(Description = "string")]
    StringToken,
    /// <summary>An ISO 8601 calendar date, <c>yyyy-mm-dd</c>.</summary>
    [Token(Description = "date")]
    DateToken,
    /// <summary>A whole number.</summary>
    [Token(Description = "number")]
    IntegerToken,
    /// <summary>A percentage such as <c>55%</c> or <c>62.5%</c>.</summary>
    [Token(Description = "percentage")]
    PercentToken,

    /// <summary>A fraction such as <c>2/3</c>: a share, exactly.</summary>
    [Token(Description = "fraction")]
    FractionToken,

    // Punctuation.
    /// <summary><c>{</c></summary>
    [Token(Example = "{")]
    OpenBraceToken,
    /// <summary><c>}</c></summary>
    [Token(Example = "}")]
    CloseBraceToken,
    /// <summary><c>(</c></summary>
    [Token(Example = "(")]
    OpenParenToken,
    /// <summary><c>)</c></summary>
    [Token(Example = ")")]
    CloseParenToken,
    /// <summary><c>;</c></summary>
    [Token(Example = ";")]
    SemicolonToken,
    /// <summary><c>:</c></summary>
    [Token(Example = ":")]
    ColonToken,
    /// <summary><c>,</c></summary>
    [Token(Example = ",")]
    CommaToken,
    /// <summary><c>=</c></summary>
    [Token(Example = "=")]
    EqualsToken,
    /// <summary>The end of the text.</summary>
    [Token(Description = "end of file")]
    EndOfFileToken,

    // Keywords (reserved, lower case).
    /// <summary>The keyword <c>body</c>.</summary>
    [Token(Category = "keyword", Example = "body")]
    BodyKeyword,
    /// <summary>The keyword <c>member</c>.</summary>
    [Token(Category = "keyword", Example = "member")]
    MemberKeyword,
    /// <summary>The keyword <c>decision</c>.</summary>
    [Token(Category = "keyword", Example = "decision")]
    DecisionKeyword,
    /// <summary>The keyword <c>rule</c>.</summary>
    [Token(Category = "keyword", Example = "rule")]
    RuleKeyword,
    /// <summary>The keyword <c>facts</c>.</summary>
    [Token(Category = "keyword", Example = "facts")]
    FactsKeyword,
    /// <summary>The keyword <c>matter</c>.</summary>
    [Token(Category = "keyword", Example = "matter")]
    MatterKeyword,
    /// <summary>The keyword <c>test</c>.</summary>
    [Token(Category = "keyword", Example = "test")]
    TestKeyword,
    /// <summary>The keyword <c>joined</c>.</summary>
    [Token(Category = "keyword", Example = "joined")]
    JoinedKeyword,
    /// <summary>The keyword <c>left</c>.</summary>
    [Token(Category = "keyword", Example = "left")]
    LeftKeyword,
    /// <summary>The keyword <c>term</c>.</summary>
    [Token(Category = "keyword", Example = "term")]
    TermKeyword,
    /// <summary>The keyword <c>to</c>.</summary>
    [Token(Category = "keyword", Example = "to")]
    ToKeyword,
    /// <summary>The keyword <c>in</c>.</summary>
    [Token(Category = "keyword", Example = "in")]
    InKeyword,
    /// <summary>The keyword <c>require</c>.</summary>
    [Token(Category = "keyword", Example = "require")]
    RequireKeyword,
    /// <summary>The keyword <c>eligible</c>.</summary>
    [Token(Category = "keyword", Example = "eligible")]
    EligibleKeyword,
    /// <summary>The keyword <c>when</c>.</summary>
    [Token(Category = "keyword", Example = "when")]
    WhenKeyword,
    /// <summary>The keyword <c>guarantees</c>.</summary>
    [Token(Category = "keyword", Example = "guarantees")]
    GuaranteesKeyword,
    /// <summary>The keyword <c>count</c>.</summary>
    [Token(Category = "keyword", Example = "count")]
    CountKeyword,
    /// <summary>The keyword <c>blocking</c>.</summary>
    [Token(Category = "keyword", Example = "blocking")]
    BlockingKeyword,
    /// <summary>The keyword <c>minority</c>.</summary>
    [Token(Category = "keyword", Example = "minority")]
    MinorityKeyword,
    /// <summary>The keyword <c>and</c>.</summary>
    [Token(Category = "keyword", Example = "and")]
    AndKeyword,
    /// <summary>The keyword <c>or</c>.</summary>
    [Token(Category = "keyword", Example = "or")]
    OrKeyword,
    /// <summary>The keyword <c>not</c>.</summary>
    [Token(Category = "keyword", Example = "not")]
    NotKeyword,
    /// <summary>The keyword <c>all</c>.</summary>
    [Token(Category = "keyword", Example = "all")]
    AllKeyword,
    /// <summary>The keyword <c>any</c>.</summary>
    [Token(Category = "keyword", Example = "any")]
    AnyKeyword,
    /// <summary>The keyword <c>consensus</c>.</summary>
    [Token(Category = "keyword", Example = "consensus")]
    ConsensusKeyword,
    /// <summary>The keyword <c>unanimity</c>.</summary>
    [Token(Category = "keyword", Example = "unanimity")]
    UnanimityKeyword,
    /// <summary>The keyword <c>abstention</c>.</summary>
    [Token(Category = "keyword", Example = "abstention")]
    AbstentionKeyword,
    /// <summary>The keyword <c>allowed</c>.</summary>
    [Token(Category = "keyword", Example = "allowed")]
    AllowedKeyword,
    /// <summary>The keyword <c>breaks</c>.</summary>
    [Token(Category = "keyword", Example = "breaks")]
    BreaksKeyword,
    /// <summary>The keyword <c>no</c>.</summary>
    [Token(Category = "keyword", Example = "no")]
    NoKeyword,
    /// <summary>The keyword <c>backing</c>.</summary>
    [Token(Category = "keyword", Example = "backing")]
    BackingKeyword,
    /// <summary>The keyword <c>rivals</c>.</summary>
    [Token(Category = "keyword", Example = "rivals")]
    RivalsKeyword,
    /// <summary>The keyword <c>veto</c>.</summary>
    [Token(Category = "keyword", Example = "veto")]
    VetoKeyword,
    /// <summary>The keyword <c>from</c>.</summary>
    [Token(Category = "keyword", Example = "from")]
    FromKeyword,
    /// <summary>The keyword <c>members</c>.</summary>
    [Token(Category = "keyword", Example = "members")]
    MembersKeyword,
    /// <summary>The keyword <c>where</c>.</summary>
    [Token(Category = "keyword", Example = "where")]
    WhereKeyword,
    /// <summary>The keyword <c>at</c>.</summary>
    [Token(Category = "keyword", Example = "at")]
    AtKeyword,
    /// <summary>The keyword <c>least</c>.</summary>
    [Token(Category = "keyword", Example = "least")]
    LeastKeyword,
    /// <summary>The keyword <c>more</c>.</summary>
    [Token(Category = "keyword", Example = "more")]
    MoreKeyword,
    /// <summary>The keyword <c>than</c>.</summary>
    [Token(Category = "keyword", Example = "than")]
    ThanKeyword,
    /// <summary>The keyword <c>half</c>.</summary>
    [Token(Category = "keyword", Example = "half")]
    HalfKeyword,
    /// <summary>The keyword <c>of</c>.</summary>
    [Token(Category = "keyword", Example = "of")]
    OfKeyword,
    /// <summary>The keyword <c>candidate</c>.</summary>
    [Token(Category = "keyword", Example = "candidate")]
    CandidateKeyword,
    /// <summary>The keyword <c>proposal</c>.</summary>
    [Token(Category = "keyword", Example = "proposal")]
    ProposalKeyword,
    /// <summary>The keyword <c>is</c>.</summary>
    [Token(Category = "keyword", Example = "is")]
    IsKeyword,
    /// <summary>The keyword <c>withdrawn</c>.</summary>
    [Token(Category = "keyword", Example = "withdrawn")]
    WithdrawnKeyword,
    /// <summary>The keyword <c>national</c>.</summary>
    [Token(Category = "keyword", Example = "national")]
    NationalKeyword,
    /// <summary>The keyword <c>given</c>.</summary>
    [Token(Category = "keyword", Example = "given")]
    GivenKeyword,
    /// <summary>The keyword <c>by</c>.</summary>
    [Token(Category = "keyword", Example = "by")]
    ByKeyword,
    /// <summary>The keyword <c>for</c>.</summary>
    [Token(Category = "keyword", Example = "for")]
    ForKeyword,
    /// <summary>The keyword <c>declared</c>.</summary>
    [Token(Category = "keyword", Example = "declared")]
    DeclaredKeyword,
    /// <summary>The keyword <c>on</c>.</summary>
    [Token(Category = "keyword", Example = "on")]
    OnKeyword,
    /// <summary>The keyword <c>supports</c>.</summary>
    [Token(Category = "keyword", Example = "supports")]
    SupportsKeyword,
    /// <summary>The keyword <c>objects</c>.</summary>
    [Token(Category = "keyword", Example = "objects")]
    ObjectsKeyword,
    /// <summary>The keyword <c>abstains</c>.</summary>
    [Token(Category = "keyword", Example = "abstains")]
    AbstainsKeyword,
    /// <summary>The keyword <c>unless</c>.</summary>
    [Token(Category = "keyword", Example = "unless")]
    UnlessKeyword,
    /// <summary>The keyword <c>if</c>.</summary>
    [Token(Category = "keyword", Example = "if")]
    IfKeyword,
    /// <summary>The keyword <c>guarantee</c>.</summary>
    [Token(Category = "keyword", Example = "guarantee")]
    GuaranteeKeyword,
    /// <summary>The keyword <c>joins</c>.</summary>
    [Token(Category = "keyword", Example = "joins")]
    JoinsKeyword,
    /// <summary>The keyword <c>leaves</c>.</summary>
    [Token(Category = "keyword", Example = "leaves")]
    LeavesKeyword,
    /// <summary>The keyword <c>withdraws</c>.</summary>
    [Token(Category = "keyword", Example = "withdraws")]
    WithdrawsKeyword,
    /// <summary>The keyword <c>as</c>.</summary>
    [Token(Category = "keyword", Example = "as")]
    AsKeyword,
    /// <summary>The keyword <c>with</c>.</summary>
    [Token(Category = "keyword", Example = "with")]
    WithKeyword,
    /// <summary>The keyword <c>without</c>.</summary>
    [Token(Category = "keyword", Example = "without")]
    WithoutKeyword,
    /// <summary>The keyword <c>expect</c>.</summary>
    [Token(Category = "keyword", Example = "expect")]
    ExpectKeyword,
    /// <summary>The keyword <c>approved</c>.</summary>
    [Token(Category = "keyword", Example = "approved")]
    ApprovedKeyword,
    /// <summary>The keyword <c>blocked</c>.</summary>
    [Token(Category = "keyword", Example = "blocked")]
    BlockedKeyword,
    /// <summary>The keyword <c>pending</c>.</summary>
    [Token(Category = "keyword", Example = "pending")]
    PendingKeyword,
    /// <summary>The keyword <c>ineligible</c>.</summary>
    [Token(Category = "keyword", Example = "ineligible")]
    IneligibleKeyword,
    /// <summary>The keyword <c>unblocked</c>.</summary>
    [Token(Category = "keyword", Example = "unblocked")]
    UnblockedKeyword,
    /// <summary>The keyword <c>has</c>.</summary>
    [Token(Category = "keyword", Example = "has")]
    HasKeyword,
    /// <summary>The keyword <c>except</c>.</summary>
    [Token(Category = "keyword", Example = "except")]
    ExceptKeyword,
    /// <summary>The keyword <c>absent</c>.</summary>
    [Token(Category = "keyword", Example = "absent")]
    AbsentKeyword,
    /// <summary>The keyword <c>vote</c>.</summary>
    [Token(Category = "keyword", Example = "vote")]
    VoteKeyword,
    /// <summary>The keyword <c>present</c>.</summary>
    [Token(Category = "keyword", Example = "present")]
    PresentKeyword,
    /// <summary>The keyword <c>voting</c>.</summary>
    [Token(Category = "keyword", Example = "voting")]
    VotingKeyword,
    /// <summary>The keyword <c>votes</c>.</summary>
    [Token(Category = "keyword", Example = "votes")]
    VotesKeyword,
    /// <summary>The keyword <c>cast</c>.</summary>
    [Token(Category = "keyword", Example = "cast")]
    CastKeyword,
    /// <summary>The keyword <c>majority</c>.</summary>
    [Token(Category = "keyword", Example = "majority")]
    MajorityKeyword,
    /// <summary>The keyword <c>quorum</c>.</summary>
    [Token(Category = "keyword", Example = "quorum")]
    QuorumKeyword,
    /// <summary>The keyword <c>rejected</c>.</summary>
    [Token(Category = "keyword", Example = "rejected")]
    RejectedKeyword,
    /// <summary>The keyword <c>needs</c>.</summary>
    [Token(Category = "keyword", Example = "needs")]
    NeedsKeyword,
    /// <summary>The keyword <c>minus</c>.</summary>
    [Token(Category = "keyword", Example = "minus")]
    MinusKeyword,
    /// <summary>The keyword <c>against</c>.</summary>
    [Token(Category = "keyword", Example = "against")]
    AgainstKeyword,
    /// <summary>The keyword <c>chair</c>.</summary>
    [Token(Category = "keyword", Example = "chair")]
    ChairKeyword,
    /// <summary>The keyword <c>tie</c>.</summary>
    [Token(Category = "keyword", Example = "tie")]
    TieKeyword,
    /// <summary>The keyword <c>broken</c>.</summary>
    [Token(Category = "keyword", Example = "broken")]
    BrokenKeyword,
    /// <summary>The keyword <c>fails</c>.</summary>
    [Token(Category = "keyword", Example = "fails")]
    FailsKeyword,
    /// <summary>The keyword <c>abstaining</c>.</summary>
    [Token(Category = "keyword", Example = "abstaining")]
    AbstainingKeyword,
    /// <summary>The keyword <c>declaration</c>.</summary>
    [Token(Category = "keyword", Example = "declaration")]
    DeclarationKeyword,
    /// <summary>The keyword <c>ballot</c>.</summary>
    [Token(Category = "keyword", Example = "ballot")]
    BallotKeyword,
    /// <summary>The keyword <c>ballots</c>.</summary>
    [Token(Category = "keyword", Example = "ballots")]
    BallotsKeyword,
    /// <summary>The keyword <c>seats</c>.</summary>
    [Token(Category = "keyword", Example = "seats")]
    SeatsKeyword,

    // Trivia.
    /// <summary>Spaces and tabs.</summary>
    WhitespaceTrivia,
    /// <summary>A line break: CR, LF or CRLF.</summary>
    EndOfLineTrivia,
    /// <summary>A <c>//</c> comment up to the end of the line.</summary>
    SingleLineCommentTrivia,
    /// <summary>A <c>/* */</c> comment.</summary>
    MultiLineCommentTrivia,
    /// <summary>Characters that fit no token, kept so the tree holds every character.</summary>
    BadCharactersTrivia,

    // Nodes.
    /// <summary>A whole file.</summary>
    CompilationUnit,
    /// <summary>A reference to a declared name.</summary>
    Name,
    /// <summary>Names separated by commas.</summary>
    NameList,
    /// <summary>Braces around statements.</summary>
    Block,
    /// <summary>Tokens the parser skipped while recovering from an error.</summary>
    SkippedTokens,
    /// <summary><c>body</c> declaration.</summary>
    BodyDeclaration,
    /// <summary><c>member</c> declaration in a body.</summary>
    MemberDeclaration,
    /// <summary><c>joined</c>, <c>left</c>, <c>declared</c> or <c>withdrawn</c> with a date.</summary>
    DatedAttribute,
    /// <summary><c>term</c> start <c>to</c> end.</summary>
    TermAttribute,
    /// <summary>A user attribute: a flag, or a name with a value.</summary>
    ValueAttribute,
    /// <summary><c>national</c> code.</summary>
    NationalAttribute,
    /// <summary><c>decision</c> declaration.</summary>
    DecisionDeclaration,
    /// <summary><c>require</c> clause.</summary>
    RequireClause,
    /// <summary><c>eligible when</c> clause.</summary>
    EligibleClause,
    /// <summary><c>guarantees count when</c> clause.</summary>
    GuaranteesClause,
    /// <summary><c>blocking minority</c> clause.</summary>
    BlockingMinorityClause,
    /// <summary><c>rule</c> declaration.</summary>
    RuleDeclaration,
    /// <summary><c>matter</c> declaration.</summary>
    MatterDeclaration,
    /// <summary>The seats an election fills: <c>seats 2;</c>.</summary>
    SeatsDeclaration,
    /// <summary><c>facts</c> declaration.</summary>
    FactsDeclaration,
    /// <summary><c>candidate</c> or <c>proposal</c> declaration.</summary>
    CandidateDeclaration,
    /// <summary><c>on</c> date <c>:</c> event.</summary>
    OnStatement,
    /// <summary>A guarantee statement.</summary>
    GuaranteeStatement,
    /// <summary>Members taking a position on a candidate.</summary>
    PositionClause,
    /// <summary><c>unless guarantee</c> or <c>if guarantee</c> after a position.</summary>
    PositionCondition,
    /// <summary>A member joining or leaving.</summary>
    MembershipClause,
    /// <summary>A candidate withdrawing.</summary>
    WithdrawalClause,
    /// <summary>A guarantee: matter, giver, receiver, form and date.</summary>
    GuaranteeClause,
    /// <summary><c>test</c> declaration.</summary>
    TestDeclaration,
    /// <summary><c>as of</c> date.</summary>
    AsOfStatement,
    /// <summary><c>with</c> override.</summary>
    WithStatement,
    /// <summary><c>without guarantee</c> override.</summary>
    WithoutStatement,
    /// <summary><c>expect</c> statement.</summary>
    ExpectStatement,
    /// <summary><c>is</c> outcome [<c>by</c> members].</summary>
    OutcomeExpectation,
    /// <summary><c>unblocked by</c> a guarantee or a member.</summary>
    UnblockExpectation,
    /// <summary><c>has</c> count tally.</summary>
    TallyExpectation,
    /// <summary>Conditions joined by <c>and</c>, or by <c>or</c>.</summary>
    LogicalCondition,
    /// <summary><c>not</c>.</summary>
    NotCondition,
    /// <summary>A parenthesized condition.</summary>
    ParenthesizedCondition,
    /// <summary><c>all(...)</c> or <c>any(...)</c>.</summary>
    CombinatorCondition,
    /// <summary><c>consensus</c>.</summary>
    ConsensusCondition,
    /// <summary><c>unanimity</c>.</summary>
    UnanimityCondition,
    /// <summary><c>no veto</c>.</summary>
    VetoCondition,
    /// <summary><c>no backing of rivals</c>.</summary>
    RivalCondition,
    /// <summary><c>at least</c>.</summary>
    ThresholdCondition,
    /// <summary><c>candidate is ...</c>.</summary>
    CandidateCondition,
    /// <summary><c>given by</c>.</summary>
    GivenByCondition,
    /// <summary>A name used as a condition: a rule reference or a guarantee form.</summary>
    NameCondition,
    /// <summary><c>members [where flag]</c>.</summary>
    MemberSelector,
    /// <summary><c>quorum</c> clause.</summary>
    QuorumClause,
    /// <summary>A vote held on a proposal, with its tally if given.</summary>
    VoteClause,
    /// <summary>One count of a tally: <c>143 supports</c>.</summary>
    TallyItem,
    /// <summary>The ballots a requirement applies to: <c>in ballots 1 to 3</c>, <c>from ballot 4</c>.</summary>
    BallotRange,
    /// <summary><c>needs</c> a number required.</summary>
    RequiredExpectation,
    /// <summary><c>tie fails</c> or <c>tie broken by chair</c> clause.</summary>
    TieClause,
}
