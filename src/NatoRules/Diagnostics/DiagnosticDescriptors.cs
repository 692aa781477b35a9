namespace NatoRules.Diagnostics;

/// <summary>
/// The catalog of every diagnostic the library reports. Ids are stable: NR1xxx syntax,
/// NR2xxx semantics, NR3xxx analyzers. Each is documented in <c>docs/diagnostics.md</c>.
/// </summary>
public static partial class DiagnosticDescriptors
{
    private const string Syntax = "Syntax";

    /// <summary>NR1001: a character that starts no token.</summary>
    public static readonly DiagnosticDescriptor UnexpectedCharacter = new(
        "NR1001", "Unexpected character", "unexpected character '{0}'", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1002: a string with no closing quote on its line.</summary>
    public static readonly DiagnosticDescriptor UnterminatedString = new(
        "NR1002", "Unterminated string", "unterminated string: a string must end with `\"` on the same line", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1003: a block comment with no closing <c>*/</c>.</summary>
    public static readonly DiagnosticDescriptor UnterminatedComment = new(
        "NR1003", "Unterminated comment", "unterminated comment: `/*` has no matching `*/`", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1004: an unknown escape sequence in a string.</summary>
    public static readonly DiagnosticDescriptor InvalidEscape = new(
        "NR1004", "Invalid escape sequence", "invalid escape sequence '{0}': use \\\", \\\\, \\n, \\r, \\t or \\uXXXX", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1005: digits and hyphens that are not shaped like <c>yyyy-mm-dd</c>.</summary>
    public static readonly DiagnosticDescriptor MalformedDate = new(
        "NR1005", "Malformed date", "malformed date '{0}': dates are written yyyy-mm-dd", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1006: a number too large to represent.</summary>
    public static readonly DiagnosticDescriptor NumberTooLarge = new(
        "NR1006", "Number too large", "number '{0}' is too large", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1010: a token the grammar does not allow where it stands.</summary>
    public static readonly DiagnosticDescriptor UnexpectedToken = new(
        "NR1010", "Unexpected token", "unexpected {0}, expected {1}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1011: a required token is missing; the parser inserted it.</summary>
    public static readonly DiagnosticDescriptor MissingToken = new(
        "NR1011", "Missing token", "expected {0}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1012: text at the top level that starts no declaration.</summary>
    public static readonly DiagnosticDescriptor DeclarationExpected = new(
        "NR1012", "Declaration expected", "unexpected {0}: expected a declaration (`body`, `decision`, `rule`, `matter`, `facts` or `test`)", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1013: a statement that does not belong in the block it stands in.</summary>
    public static readonly DiagnosticDescriptor StatementNotAllowed = new(
        "NR1013", "Statement not allowed here", "unexpected {0} in a `{1}` block: expected {2}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1014: conditions nested deeper than the parser allows.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = new(
        "NR1014", "Nesting too deep", "conditions are nested deeper than {0} levels", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1016: a source longer than the configured limit.</summary>
    public static readonly DiagnosticDescriptor SourceTooLarge = new(
        "NR1016", "Source too large", "the source is {0} characters long; the limit is {1}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1017: more declarations than the configured limit.</summary>
    public static readonly DiagnosticDescriptor TooManyDeclarations = new(
        "NR1017", "Too many declarations", "the sources declare {0} declarations and members; the limit is {1}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1018: an identifier longer than the lexer allows.</summary>
    public static readonly DiagnosticDescriptor IdentifierTooLong = new(
        "NR1018", "Identifier too long", "the identifier is {0} characters long; the longest allowed is {1}", Syntax, DiagnosticSeverity.Error);

    /// <summary>NR1019: a file that states more facts than the configured limit.</summary>
    public static readonly DiagnosticDescriptor TooManyFacts = new(
        "NR1019", "Too many facts", "the file states {0} facts; the limit is {1}", Syntax, DiagnosticSeverity.Error);

    private static IEnumerable<DiagnosticDescriptor> LimitDescriptors() => [SourceTooLarge, TooManyDeclarations, TooManyFacts];

    /// <summary>Every descriptor in the catalog, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All => s_all ??= Collect();

    private static DiagnosticDescriptor[]? s_all;

    /// <summary>The descriptor with <paramref name="id"/>, or null.</summary>
    public static DiagnosticDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));

    private static DiagnosticDescriptor[] Collect() =>
    [
        .. SyntaxDescriptors(),
        .. FactsDescriptors(),
        .. SemanticDescriptors(),
        .. AnalysisDescriptors(),
        .. LimitDescriptors(),
    ];

    private static IEnumerable<DiagnosticDescriptor> SyntaxDescriptors() =>
    [
        UnexpectedCharacter, UnterminatedString, UnterminatedComment, InvalidEscape, MalformedDate, NumberTooLarge,
        UnexpectedToken, MissingToken, DeclarationExpected, StatementNotAllowed, NestingTooDeep, IdentifierTooLong,
    ];

    private static partial IEnumerable<DiagnosticDescriptor> SemanticDescriptors();
}
