namespace NatoRules.Diagnostics;

public static partial class DiagnosticDescriptors
{
    private const string Semantics = "Semantics";

    /// <summary>NR2001: a member code that the body does not declare.</summary>
    public static readonly DiagnosticDescriptor UnknownMember = new(
        "NR2001", "Unknown member", "unknown member '{0}' of {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2002: a candidate or proposal that no facts declare.</summary>
    public static readonly DiagnosticDescriptor UnknownCandidate = new(
        "NR2002", "Unknown candidate", "unknown candidate or proposal '{0}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2003: a guarantee matter that nothing declares.</summary>
    public static readonly DiagnosticDescriptor UnknownMatter = new(
        "NR2003", "Unknown guarantee", "unknown guarantee matter '{0}': declare it with `matter` or give a guarantee on it", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2004: a name in a condition that is no rule.</summary>
    public static readonly DiagnosticDescriptor UnknownRule = new(
        "NR2004", "Unknown rule", "unknown rule '{0}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2005: a decision or facts for a body that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownBody = new(
        "NR2005", "Unknown body", "unknown body '{0}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2006: a decision name that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownDecision = new(
        "NR2006", "Unknown decision", "unknown decision '{0}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2007: two declarations of one name.</summary>
    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(
        "NR2007", "Duplicate declaration", "{0} '{1}' is already declared", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2008: a position dated before the member joined.</summary>
    public static readonly DiagnosticDescriptor PositionBeforeJoining = new(
        "NR2008", "Position before joining", "{0} takes a position on {1} on {2}, before it is a member of {3}; it counts only from the day it joins", Semantics, DiagnosticSeverity.Warning);

    /// <summary>NR2009: a position dated after the member left.</summary>
    public static readonly DiagnosticDescriptor PositionAfterLeaving = new(
        "NR2009", "Position after leaving", "{0} takes a position on {1} on {2}, when it is no longer a member of {3}; it does not count", Semantics, DiagnosticSeverity.Warning);

    /// <summary>NR2010: a guarantee given to a state that is not a member on that day.</summary>
    public static readonly DiagnosticDescriptor GuaranteeToNonMember = new(
        "NR2010", "Guarantee to a non-member", "guarantee {0} is given to {1} on {2}, when {1} is not a member of {3}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2011: a percentage over 100.</summary>
    public static readonly DiagnosticDescriptor PercentageOver100 = new(
        "NR2011", "Percentage over 100", "percentage {0} is over 100%", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2038: a fraction that is no share of a whole (<c>2/0</c>, <c>3/2</c>).</summary>
    public static readonly DiagnosticDescriptor FractionNotAShare = new(
        "NR2038", "Fraction not a share", "fraction {0} is not a share of the whole: {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2039: <c>N members</c> in a condition, where only a quorum counts members present.</summary>
    public static readonly DiagnosticDescriptor MembersCountOutsideQuorum = new(
        "NR2039", "Members counted outside a quorum", "`{0} members` counts the members present, which only a `quorum` clause asks; a requirement counts supports: write `{0} supports`",
        Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2040: a quorum that is not a number or share of the members.</summary>
    public static readonly DiagnosticDescriptor InvalidQuorum = new(
        "NR2040", "Invalid quorum", "a quorum is a number or a share of the members that must be present: {0}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2041: a vote fact that does not say which of several proposals it is on.</summary>
    public static readonly DiagnosticDescriptor VoteWithoutProposal = new(
        "NR2041", "Vote without a proposal", "{0}: name the candidate or proposal voted on (`vote NAME ...`)", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2042: a tally that cannot be: more votes than members, a stance counted twice, fewer than the members named.</summary>
    public static readonly DiagnosticDescriptor ImpossibleTally = new(
        "NR2042", "Impossible tally", "the tally of the vote on '{0}' cannot be: {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2043: two votes on one proposal on one day.</summary>
    public static readonly DiagnosticDescriptor DuplicateVote = new(
        "NR2043", "Two votes on one day", "'{0}' is already put to the vote on {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2044: a tie broken by the chair in a decision of a body without one.</summary>
    public static readonly DiagnosticDescriptor NoChair = new(
        "NR2044", "No chair", "decision '{0}' has a tie broken by the chair, and {1} declares no `chair`", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2045: a second chair in one body.</summary>
    public static readonly DiagnosticDescriptor DuplicateChair = new(
        "NR2045", "Second chair", "{0} already has a chair, {1}: a body has one", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2046: <c>with declaration</c> on a position that is not an abstention.</summary>
    public static readonly DiagnosticDescriptor DeclarationWithoutAbstention = new(
        "NR2046", "Declaration without abstention", "only an abstention is qualified by a declaration: {0} {1} '{2}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2047: a share of members abstaining with a declaration over those voting, which leaves abstentions out.</summary>
    public static readonly DiagnosticDescriptor AbstainersOutsideBasis = new(
        "NR2047", "Abstainers outside the basis", "members abstaining are not among the {0}: count them `of members`, `of members present` or of a member attribute", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2048: a ballot numbered 0, or beyond any real count.</summary>
    public static readonly DiagnosticDescriptor InvalidBallot = new(
        "NR2048", "Invalid ballot number", "{0} is not a ballot: ballots are numbered from 1, and a range runs from its first ballot to its last", Semantics,
        DiagnosticSeverity.Error);

    /// <summary>NR2049: ballots whose numbers do not follow their days.</summary>
    public static readonly DiagnosticDescriptor BallotOutOfOrder = new(
        "NR2049", "Ballot out of order", "{0} on '{1}' comes out of order after {2}: ballots are numbered in the order they are held", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2050: requirements limited to some ballots that leave a ballot with none.</summary>
    public static readonly DiagnosticDescriptor BallotWithoutRequirement = new(
        "NR2050", "Ballot without a requirement", "decision '{0}' has no requirement for {1}: give one `from ballot N`, or one for every ballot", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2051: an election's seats given twice, or fewer than one.</summary>
    public static readonly DiagnosticDescriptor InvalidSeats = new(
        "NR2051", "Invalid seats", "facts '{0}': {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2012: a threshold more members than the body has could not meet.</summary>
    public static readonly DiagnosticDescriptor ImpossibleThreshold = new(
        "NR2012", "Impossible threshold", "{0} requires {1} members, but {2} never has more than {3}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2013: rules that refer to each other in a cycle.</summary>
    public static readonly DiagnosticDescriptor RuleCycle = new(
        "NR2013", "Cycle between rules", "rule '{0}' refers to itself: {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2014: two different positions of one member on one candidate on the same day.</summary>
    public static readonly DiagnosticDescriptor ContradictoryPositions = new(
        "NR2014", "Contradictory positions on one day", "{0} takes two different positions on {1} on {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2015: a well-shaped date that is not a day of the calendar.</summary>
    public static readonly DiagnosticDescriptor NotARealDate = new(
        "NR2015", "Not a real date", "'{0}' is not a real date", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2016: a flag or numeric attribute that no member of the body has.</summary>
    public static readonly DiagnosticDescriptor UnknownAttribute = new(
        "NR2016", "Unknown attribute", "no member of {0} has the {1} '{2}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2017: a period that ends before it starts.</summary>
    public static readonly DiagnosticDescriptor PeriodEndsBeforeStart = new(
        "NR2017", "Period ends before it starts", "{0}: {1} is before {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2018: a candidate withdrawn before declaring.</summary>
    public static readonly DiagnosticDescriptor WithdrawnBeforeDeclared = new(
        "NR2018", "Withdrawn before declared", "{0} withdraws on {1}, before declaring on {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2019: a member attribute with a date that is neither <c>joined</c> nor <c>left</c>.</summary>
    public static readonly DiagnosticDescriptor UnknownDatedAttribute = new(
        "NR2019", "Unknown dated attribute", "'{0}' is not a dated member attribute; dates go with `joined`, `left` or `term`", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2020: a condition used where it means nothing.</summary>
    public static readonly DiagnosticDescriptor ConditionNotAllowed = new(
        "NR2020", "Condition not allowed here", "{0} cannot be used {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2021: a guarantee giver that is neither a candidate nor a member.</summary>
    public static readonly DiagnosticDescriptor UnknownGiver = new(
        "NR2021", "Unknown guarantee giver", "unknown giver '{0}': a guarantee is given by a candidate or a member of {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2022: a test without exactly one as-of date.</summary>
    public static readonly DiagnosticDescriptor TestDate = new(
        "NR2022", "Test needs one date", "test \"{0}\" needs exactly one `as of` date; it has {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2023: facts for decisions of different bodies.</summary>
    public static readonly DiagnosticDescriptor FactsForTwoBodies = new(
        "NR2023", "Facts for two bodies", "facts '{0}' are for decisions of {1} and of {2}; one set of facts is about one body", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2024: a decision clause given twice.</summary>
    public static readonly DiagnosticDescriptor DuplicateClause = new(
        "NR2024", "Duplicate clause", "decision '{0}' already has a `{1}` clause", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2025: an expectation about a candidate the decision's facts do not name.</summary>
    public static readonly DiagnosticDescriptor NotACandidateOfDecision = new(
        "NR2025", "Not a candidate of the decision", "'{0}' is not a candidate or proposal for decision '{1}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2026: an unknown tally in an expectation.</summary>
    public static readonly DiagnosticDescriptor UnknownTally = new(
        "NR2026", "Unknown tally", "unknown tally '{0}': use supports, objections, abstentions, silent, nonmembers or notsitting", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2027: a decision without any requirement.</summary>
    public static readonly DiagnosticDescriptor NoRequirement = new(
        "NR2027", "Decision requires nothing", "decision '{0}' has no `require` clause, so it approves every eligible candidate", Semantics, DiagnosticSeverity.Warning);

    /// <summary>NR2028: members without a numeric attribute a threshold sums.</summary>
    public static readonly DiagnosticDescriptor MissingAttribute = new(
        "NR2028", "Members without the attribute", "members of {0} without '{1}' count as 0 in this threshold: {2}", Semantics, DiagnosticSeverity.Warning);

    /// <summary>NR2029: a position on a candidate of another body's decision.</summary>
    public static readonly DiagnosticDescriptor CandidateOfOtherBody = new(
        "NR2029", "Candidate of another body", "'{0}' is a candidate for decisions of {1}, not of {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2030: a member listed twice in one body.</summary>
    public static readonly DiagnosticDescriptor DuplicateMember = new(
        "NR2030", "Duplicate member", "member '{0}' is already declared in {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2031: rules that refer to rules deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor RulesTooDeep = new(
        "NR2031", "Rules refer too deeply", "rule '{0}' is reached through more than {1} rules referring to each other", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2032: a chain of <c>and</c> or <c>or</c> longer than the limit.</summary>
    public static readonly DiagnosticDescriptor ChainTooLong = new(
        "NR2032", "Condition chain too long", "the condition joins {0} terms with `{1}`; the limit is {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2033: a test with more what-ifs than the limit.</summary>
    public static readonly DiagnosticDescriptor TooManyWhatIfs = new(
        "NR2033", "Too many what-ifs", "the test states {0} what-ifs; the limit is {1}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2034: a short decision name that more than one body declares.</summary>
    public static readonly DiagnosticDescriptor AmbiguousDecision = new(
        "NR2034", "Ambiguous decision name", "decision '{0}' is declared in {1} bodies: write {2}", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2035: a declaration whose name is qualified.</summary>
    public static readonly DiagnosticDescriptor QualifiedDeclaration = new(
        "NR2035", "Qualified name in a declaration", "a {0} is declared by its own name, without its body's: write '{1}'", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2036: a rule named in another file than its own, where several files declare one of that name.</summary>
    public static readonly DiagnosticDescriptor AmbiguousRule = new(
        "NR2036", "Ambiguous rule name", "rule '{0}' is declared in {1} other files, and not in this one: which is meant is not clear", Semantics, DiagnosticSeverity.Error);

    /// <summary>NR2037: a compilation whose binding takes more steps than its budget.</summary>
    public static readonly DiagnosticDescriptor CompilationTooLarge = new(
        "NR2037", "Compilation over its budget", "binding the files takes more than {0} steps, the compilation's budget; nothing is bound", Semantics, DiagnosticSeverity.Error);

    private static partial IEnumerable<DiagnosticDescriptor> SemanticDescriptors() =>
    [
        UnknownMember, UnknownCandidate, UnknownMatter, UnknownRule, UnknownBody, UnknownDecision, DuplicateDeclaration,
        PositionBeforeJoining, PositionAfterLeaving, GuaranteeToNonMember, PercentageOver100, ImpossibleThreshold, RuleCycle,
        ContradictoryPositions, NotARealDate, UnknownAttribute, PeriodEndsBeforeStart, WithdrawnBeforeDeclared,
        UnknownDatedAttribute, ConditionNotAllowed, UnknownGiver, TestDate, FactsForTwoBodies, DuplicateClause,
        NotACandidateOfDecision, UnknownTally, NoRequirement, MissingAttribute, CandidateOfOtherBody, DuplicateMember,
        RulesTooDeep, ChainTooLong, TooManyWhatIfs, AmbiguousDecision, QualifiedDeclaration, AmbiguousRule,
        CompilationTooLarge, FractionNotAShare, MembersCountOutsideQuorum, InvalidQuorum, VoteWithoutProposal, ImpossibleTally,
        DuplicateVote, NoChair, DuplicateChair, DeclarationWithoutAbstention, AbstainersOutsideBasis,
        InvalidBallot, BallotOutOfOrder, BallotWithoutRequirement, InvalidSeats,
    ];
}
