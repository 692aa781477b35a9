using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>
/// Binds syntax trees and facts documents into symbols, bound conditions and a fact base, reporting
/// NR2xxx diagnostics. A readable list of passes: declare every name first, so order across files
/// does not matter; then bind rules, decisions, facts and tests.
/// </summary>
internal sealed partial class Binder(WorkBudget budget)
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, BodySymbol> _bodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DecisionSymbol> _decisions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DecisionSymbol>> _decisionsByName = new(StringComparer.Ordinal);
    // Rules are named within their file: every rule in declaration order, and those of each name.
    private readonly List<RuleSymbol> _rules = [];
    private readonly Dictionary<string, List<RuleSymbol>> _rulesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MatterSymbol> _matters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactsSymbol> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CandidateSymbol> _candidates = new(StringComparer.Ordinal);
    private readonly List<TestSymbol> _tests = [];
    private int _ruleOrdinals;
    private readonly Dictionary<SyntaxNode, Symbol> _symbolsByNode = new(NodeIdentity.Instance);
    private readonly List<(NameSyntax Name, Symbol Symbol)> _names = [];
    private readonly List<(FactsSymbol Symbol, FactsInput Input)> _factInputs = [];
    private readonly PooledList<PositionFact> _positions = new();
    private readonly List<GuaranteeFact> _guarantees = [];
    private readonly List<MembershipChange> _membershipChanges = [];
    private readonly List<(VoteFact Fact, Location At)> _votes = []; // each with where its ballot number (or itself) is written
    private readonly HashSet<(CandidateSymbol, DateOnly, int?)> _voteKeys = [];

    /// <summary>
    /// Binds everything, or, when binding takes more steps than the budget allows, nothing: an empty
    /// result with NR2037 where the budget ran out, rather than half the names and an error for each
    /// of the others.
    /// </summary>
    public BindingResult Bind(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<FactsInput> documents)
    {
        try
        {
            return BindAll(trees, documents);
        }
        catch (WorkBudget.Exhausted e)
        {
            _positions.Dispose();
            var at = e.At?.GetLocation() ?? trees.Select(t => new Location(t.Text, new TextSpan(0, 0))).FirstOrDefault();
            var diagnostics = new DiagnosticBag();
            if (at is not null)
                diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.CompilationTooLarge, at, budget.Limit));
            return new BindingResult([], [], [], [], [], [], [], FactBase.Create([], [], [], [], out _),
                new Dictionary<SyntaxNode, Symbol>(), [], diagnostics);
        }
    }

    private void Spend(int steps, SyntaxNode at) => budget.Spend(steps, at);

    private BindingResult BindAll(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<FactsInput> documents)
    {
        foreach (var tree in trees)
            DeclareAll(tree);
        foreach (var document in documents)
            DeclareFacts(document);

        foreach (var rule in _rules)
            BindRule(rule);
        foreach (var tree in trees)
            foreach (var decision in tree.Root.Declarations.OfType<DecisionDeclarationSyntax>())
                if (_symbolsByNode.GetValueOrDefault(decision) is DecisionSymbol symbol)
                    BindDecision(symbol, decision);

        foreach (var (symbol, input) in _factInputs)
            BindFacts(symbol, input);
        var factBase = FactBase.Create(_positions.AsSpan(), _guarantees, _membershipChanges, _votes.Select(v => v.Fact), out var listsOfTwoOrMore);
        CheckPositions(factBase, listsOfTwoOrMore);
        CheckTallies(factBase);
        CheckBallotOrder();
        _positions.Dispose(); // the fact base holds them now

        foreach (var test in _tests)
            BindTest(test);

        return new BindingResult(
            [.. _bodies.Values], [.. _decisions.Values], [.. _rules], [.. _matters.Values], [.. _facts.Values],
            [.. _candidates.Values], _tests, factBase, _symbolsByNode, _names, _diagnostics);
    }

    private void Report(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        _diagnostics.Add(Diagnostic.Create(descriptor, location, arguments));

    private void ReportWithHelp(DiagnosticDescriptor descriptor, Location location, string? help, params object?[] arguments) =>
        _diagnostics.AddWithHelp(descriptor, location, help, arguments);

    private void ReportDuplicate(string what, string name, Location location, Location? first) =>
        _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateDeclaration, location,
            first is null ? null : $"the first declaration is at {Short(first)}", first is null ? [] : [first], what, name));

    /// <summary>Looks a name up, reporting it as unknown (with a suggestion) if it is not there.</summary>
    private T? Resolve<T>(IReadOnlyDictionary<string, T> table, NameInput name, DiagnosticDescriptor unknown, params object?[] extra)
        where T : Symbol
    {
        if (name.Name.Length == 0)
            return null; // a missing token: the parser has already reported it
        if (table.TryGetValue(name.Name, out var symbol))
        {
            Record(name, symbol);
            return symbol;
        }
        ReportWithHelp(unknown, name.Location, NameSuggester.Help(name.Name, table.Keys), [name.Name, .. extra]);
        return null;
    }

    private MemberSymbol? ResolveMember(BodySymbol body, NameInput name)
    {
        if (name.Name.Length == 0)
            return null;
        if (body.FindMember(name.Name) is { } member)
        {
            Record(name, member);
            return member;
        }
        ReportWithHelp(DiagnosticDescriptors.UnknownMember, name.Location,
            NameSuggester.Help(name.Name, body.Members.Select(m => m.Name)), name.Name, body.Name);
        return null;
    }

    private void Record(NameInput name, Symbol symbol)
    {
        if (name.Syntax is not null)
            _names.Add((name.Syntax, symbol));
    }

    /// <summary>A location as help text shows it: the file name and the one-based line and column.</summary>
    private static string Short(Location location)
    {
        var start = location.LineSpan.Start;
        return $"{Path.GetFileName(location.Path)}:{start.Line + 1}:{start.Character + 1}";
    }

    private static NameInput Name(NameSyntax syntax) => new(syntax);

    private static NameInput Name(SyntaxToken token) => new(token.Text, token.GetLocation());

    /// <summary>The date a token holds, reporting a well-shaped date that is no real day.</summary>
    private DateInput? Date(SyntaxToken? token)
    {
        if (token is null || token.IsMissing || token.Kind != SyntaxKind.DateToken)
            return null;
        var input = new DateInput(token); // its location made only if asked
        if (input.Value is null && token.Text.Length == 10)
            Report(DiagnosticDescriptors.NotARealDate, input.Location, token.Text);
        return input;
    }
}

/// <summary>Everything binding produced.</summary>
internal sealed record BindingResult(
    IReadOnlyList<BodySymbol> Bodies,
    IReadOnlyList<DecisionSymbol> Decisions,
    IReadOnlyList<RuleSymbol> Rules,
    IReadOnlyList<MatterSymbol> Matters,
    IReadOnlyList<FactsSymbol> Facts,
    IReadOnlyList<CandidateSymbol> Candidates,
    IReadOnlyList<TestSymbol> Tests,
    FactBase FactBase,
    IReadOnlyDictionary<SyntaxNode, Symbol> Declarations,
    IReadOnlyList<(NameSyntax Name, Symbol Symbol)> Names,
    DiagnosticBag Diagnostics);
