using NatoRules.Binding;
using NatoRules.Diagnostics;
using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules;

/// <summary>
/// Rule files and facts documents compiled together: the symbols they declare, every diagnostic,
/// and the evaluator. Immutable and safe to share between threads once created.
/// </summary>
public sealed class Compilation
{
    private readonly BindingResult _binding;
    private readonly Dictionary<string, DecisionSymbol> _decisions;
    private readonly DecisionSymbol[] _decisionArray;

    // Each decision's evaluation plan, by its place in _decisionArray, lowered at its first evaluation.
    private readonly DecisionPlan?[] _plans;
    private readonly Dictionary<string, CandidateSymbol> _candidates;
    private readonly CandidateSymbol[] _candidatesByOrdinal;
    private Dictionary<Symbol, List<SyntaxNode>>? _references;

    private Compilation(IReadOnlyList<SyntaxTree> trees, IReadOnlyList<FactsDocument> documents, long maxSteps)
    {
        SyntaxTrees = trees;
        FactsDocuments = documents;
        var budget = new WorkBudget(maxSteps);
        _binding = new Binder(budget).Bind(trees, [.. documents.Where(d => d.Input is not null).Select(d => d.Input!)]);
        // By qualified name, and by short name where only one body has a decision of that name.
        _decisions = _binding.Decisions.ToDictionary(d => d.QualifiedName, StringComparer.Ordinal);
        foreach (var unique in _binding.Decisions.GroupBy(d => d.Name, StringComparer.Ordinal).Where(g => g.Count() == 1))
            _decisions.TryAdd(unique.Key, unique.Single());
        _decisionArray = [.. _binding.Decisions];
        _plans = new DecisionPlan?[_decisionArray.Length];
        _candidates = _binding.Candidates.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _candidatesByOrdinal = new CandidateSymbol[_candidates.Count];
        foreach (var candidate in _candidates.Values)
            _candidatesByOrdinal[candidate.Ordinal] = candidate;

        var all = new DiagnosticBag();
        foreach (var tree in trees)
            all.AddRange(tree.Diagnostics);
        foreach (var document in documents)
            all.AddRange(document.Diagnostics);
        all.AddRange(_binding.Diagnostics.ToSortedList());
        Diagnostics = [.. all.ToSortedList().DistinctBy(d => (d.Id, d.Location, d.Message))];
        HasErrors = Diagnostics.Any(d => d.IsError);
        MaxSteps = maxSteps;
        BindingSteps = budget.Spent;
    }

    /// <summary>Compiles <paramref name="trees"/> and, optionally, facts documents, within the default budget of 1,000,000,000 steps.</summary>
    public static Compilation Create(IEnumerable<SyntaxTree> trees, IEnumerable<FactsDocument>? facts = null) =>
        Create(trees, facts, WorkBudget.DefaultLimit);

    /// <summary>
    /// Compiles within <paramref name="maxSteps"/> steps, for binding and for running the tests (<see cref="Testing.TestRunner"/>):
    /// a step is a declaration, statement or condition bound, a fact copied for a what-if, or a member looked at
    /// by a condition. Binding over the budget binds nothing and reports NR2037.
    /// </summary>
    public static Compilation Create(IEnumerable<SyntaxTree> trees, IEnumerable<FactsDocument>? facts, long maxSteps)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        return new Compilation([.. trees], [.. facts ?? []], maxSteps);
    }

    /// <summary>The steps this compilation may take, binding and running its tests.</summary>
    public long MaxSteps { get; }

    // The steps binding took: a test run has the rest of the budget.
    internal long BindingSteps { get; }

    /// <summary>The rule files.</summary>
    public IReadOnlyList<SyntaxTree> SyntaxTrees { get; }

    /// <summary>The facts documents.</summary>
    public IReadOnlyList<FactsDocument> FactsDocuments { get; }

    /// <summary>Every diagnostic: syntax, facts documents and binding, in file and position order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Whether any diagnostic is an error; such a compilation cannot be evaluated.</summary>
    public bool HasErrors { get; }

    /// <summary>The bodies.</summary>
    public IReadOnlyList<BodySymbol> Bodies => _binding.Bodies;

    /// <summary>The decisions.</summary>
    public IReadOnlyList<DecisionSymbol> Decisions => _binding.Decisions;

    /// <summary>The rules.</summary>
    public IReadOnlyList<RuleSymbol> Rules => _binding.Rules;

    /// <summary>The matters guarantees can cover.</summary>
    public IReadOnlyList<MatterSymbol> Matters => _binding.Matters;

    /// <summary>The sets of facts.</summary>
    public IReadOnlyList<FactsSymbol> Facts => _binding.Facts;

    /// <summary>The candidates and proposals.</summary>
    public IReadOnlyList<CandidateSymbol> Candidates => _binding.Candidates;

    /// <summary>The tests written in the language.</summary>
    public IReadOnlyList<TestSymbol> Tests => _binding.Tests;

    /// <summary>Every position stated in the facts.</summary>
    public IEnumerable<PositionFact> Positions => _binding.FactBase.AllPositions;

    /// <summary>Every guarantee stated in the facts.</summary>
    public IEnumerable<GuaranteeFact> Guarantees => _binding.FactBase.AllGuarantees;

    internal FactBase FactBase => _binding.FactBase;

    /// <summary>
    /// The decision named <paramref name="name"/>: its qualified name (<c>UNSC.ProceduralMatter</c>), or its
    /// short name where only one body has a decision of that name; null otherwise.
    /// </summary>
    public DecisionSymbol? FindDecision(string name) => _decisions.GetValueOrDefault(name);

    /// <summary>
    /// Why <see cref="FindDecision"/> found nothing for <paramref name="name"/>: a short name several bodies
    /// share (with their qualified names), or else the nearest name there is.
    /// </summary>
    internal (string? Ambiguity, string? Suggestion) WhyNoDecision(string name)
    {
        var shared = _binding.Decisions.Where(d => d.Name == name).Select(d => d.QualifiedName).Order(StringComparer.Ordinal).ToList();
        if (shared.Count > 1)
            return (DiagnosticDescriptors.AmbiguousDecision.Format([name, shared.Count, string.Join(" or ", shared)]), null);
        return (null, NameSuggester.Suggest(name, _decisions.Keys));
    }

    /// <summary>The candidate or proposal named <paramref name="name"/>, or null.</summary>
    public CandidateSymbol? FindCandidate(string name) => _candidates.GetValueOrDefault(name);

    /// <summary>The semantic model of one of the compilation's trees.</summary>
    public SemanticModel GetSemanticModel(SyntaxTree tree)
    {
        if (!SyntaxTrees.Contains(tree))
            throw new ArgumentException("The tree is not part of this compilation.", nameof(tree));
        return new SemanticModel(this, tree);
    }

    internal Symbol? SymbolOf(SyntaxNode node) => SymbolsByNode.GetValueOrDefault(node) ?? SimpleSymbolOf(node);

    // A name in one member's position (see OnStatementSyntax.SimplePosition) is bound through the statement's
    // fact, so asking about one name does not build the nodes of every other statement.
    private Symbol? SimpleSymbolOf(SyntaxNode node)
    {
        if (node is not NameSyntax name || SimpleFacts.Count == 0)
            return null;
        var statement = name.Parent;
        while (statement is not null and not OnStatementSyntax)
            statement = statement.Parent;
        if (statement is not OnStatementSyntax on || !SimpleFacts.TryGetValue(on, out var fact))
            return null;
        var (member, candidate, matter) = NamesIn(on);
        return ReferenceEquals(name, member) ? fact.Member
            : ReferenceEquals(name, candidate) ? fact.Candidate
            : ReferenceEquals(name, matter) ? fact.Matter
            : null;
    }

    // The names a simple position is bound from (the member, the candidate, the guarantee's matter); builds the statement's nodes.
    private static (NameSyntax Member, NameSyntax Candidate, NameSyntax? Matter) NamesIn(OnStatementSyntax on)
    {
        var clause = (PositionClauseSyntax)on.Event;
        return ((NameSyntax)clause.Members.Elements[0], clause.Candidate, clause.Condition?.Matter);
    }

    /// <summary>The names a simple position's fact was bound from, with what each names.</summary>
    private static IEnumerable<(NameSyntax Name, Symbol Symbol)> NamesOf(PositionFact fact)
    {
        var (member, candidate, matter) = NamesIn((OnStatementSyntax)fact.Statement!);
        yield return (member, fact.Member);
        yield return (candidate, fact.Candidate);
        if (matter is not null)
            yield return (matter, fact.Matter!);
    }

    // Read on every question a semantic model asks: the field first, so the delegate is made only once.
    private Dictionary<OnStatementSyntax, PositionFact> SimpleFacts => _simpleFacts ?? LazyInitializer.EnsureInitialized(ref _simpleFacts,
        () => SimplePositions.ToDictionary<PositionFact, OnStatementSyntax>(f => (OnStatementSyntax)f.Statement!, NodeIdentity.Instance));

    // The facts bound from simple positions (every fact whose statement is one) stand for the statements' names.
    private IEnumerable<PositionFact> SimplePositions =>
        _binding.FactBase.AllPositions.Where(p => p.Statement is OnStatementSyntax { SimplePosition: not null });

    private Dictionary<OnStatementSyntax, PositionFact>? _simpleFacts;

    // The binder lists the names it resolved rather than hashing every one of them (a large facts
    // block has millions); the map is made the first time a semantic model asks.
    private Dictionary<SyntaxNode, Symbol> SymbolsByNode => _symbolsByNode ?? LazyInitializer.EnsureInitialized(ref _symbolsByNode, () =>
    {
        var map = new Dictionary<SyntaxNode, Symbol>(_binding.Declarations, NodeIdentity.Instance);
        foreach (var (name, symbol) in _binding.Names)
            map[name] = symbol;
        return map;
    });

    private Dictionary<SyntaxNode, Symbol>? _symbolsByNode;

    /// <summary>Every place that refers to <paramref name="symbol"/> by name (declarations excluded).</summary>
    public IReadOnlyList<Location> FindReferences(Symbol symbol)
    {
        _references ??= BuildReferences();
        return _references.TryGetValue(symbol, out var nodes) ? [.. nodes.Select(n => n.GetLocation())] : [];
    }

    private Dictionary<Symbol, List<SyntaxNode>> BuildReferences()
    {
        var map = new Dictionary<Symbol, List<SyntaxNode>>();
        void Add(SyntaxNode node, Symbol symbol)
        {
            if (!map.TryGetValue(symbol, out var list))
                map[symbol] = list = [];
            list.Add(node);
        }
        foreach (var (node, symbol) in SymbolsByNode)
            if (node is NameSyntax)
                Add(node, symbol);
        // Every reference is asked for: the names of simple positions are built here.
        foreach (var fact in SimplePositions)
            foreach (var (name, symbol) in NamesOf(fact))
                Add(name, symbol);
        foreach (var list in map.Values)
            list.Sort((a, b) => string.CompareOrdinal(a.SyntaxTree?.Path, b.SyntaxTree?.Path) is var c && c != 0 ? c : a.Span.Start.CompareTo(b.Span.Start));
        return map;
    }

    /// <summary>Evaluates <paramref name="decision"/> for <paramref name="candidate"/> as of <paramref name="asOf"/>: outcome, blockers, what would unblock, tallies, thresholds and explanation.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="ArgumentException">The decision or the candidate comes from another compilation.</exception>
    public Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf) =>
        Evaluate(decision, candidate, asOf, long.MaxValue);

    /// <summary>Evaluates as <see cref="Evaluate(DecisionSymbol, CandidateSymbol, DateOnly)"/> does, taking at most <paramref name="maxSteps"/> steps.</summary>
    /// <exception cref="EvaluationLimitExceededException">The evaluation needs more steps.</exception>
    public Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, long maxSteps)
    {
        return Evaluator.Evaluate(PlanFor(decision, candidate), candidate, asOf, _binding.FactBase, maxSteps);
    }

    /// <summary>
    /// How the outcome of <paramref name="decision"/> for <paramref name="candidate"/> moved from <paramref name="from"/> to
    /// <paramref name="to"/> (by default, from the first to the last fact dated about it): the stretches of days with one
    /// outcome and the same blockers, and the facts dated in between (docs/analysis.md). Every day is evaluated.
    /// </summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="ArgumentException">The decision or the candidate comes from another compilation.</exception>
    /// <exception cref="EvaluationLimitExceededException">The days together need more than <paramref name="maxSteps"/> steps.</exception>
    public OutcomeTimeline Timeline(DecisionSymbol decision, CandidateSymbol candidate, DateOnly? from = null, DateOnly? to = null, long maxSteps = long.MaxValue) =>
        OutcomeTimeline.Build(PlanFor(decision, candidate), candidate, from, to, _binding.FactBase, maxSteps);

    /// <summary>
    /// The voting power of each member in <paramref name="decision"/>, read as a simple game over the members that count on
    /// <paramref name="asOf"/>: each supports or objects, and a coalition wins when the decision is approved with its members
    /// for and the others against. Banzhaf and Shapley-Shubik indices as exact fractions, the minimal winning and blocking
    /// coalitions, and whether the game is proper and strong (docs/analysis.md).
    /// </summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="ArgumentException">The decision comes from another compilation.</exception>
    /// <exception cref="NotSupportedException">The game cannot be computed exactly: more than 28 members whose votes weigh
    /// differently, or a condition that is no vote of the members.</exception>
    public Analysis.PowerAnalysis Power(DecisionSymbol decision, DateOnly asOf)
    {
        var game = Analysis.Power.CoalitionGame.Compile(PlanOf(decision), asOf, _binding.FactBase);
        return Analysis.Power.PowerCalculator.Analyze(game, decision, asOf);
    }

    /// <summary>
    /// The compilation's facts with a facts document's positions and guarantees added, bound against the
    /// compiled symbols without binding the rules again; null when the document needs the binder (it
    /// declares candidates, matters, membership changes or withdrawals, names anything unknown, states a
    /// position on a day that already has one, or is large), so that the caller compiles in full and gets
    /// the binder's diagnostics. On the facts it accepts, it gives the facts a full compilation would.
    /// </summary>
    internal FactBase? TryAddFacts(FactsInput input)
    {
        const int MostFacts = 1_000;
        // Votes are the binder's too: their tallies are checked against the positions of their day (NR2042, NR2043).
        if (input.Candidates.Count > 0 || input.Matters.Count > 0 || input.MembershipChanges.Count > 0 || input.Withdrawals.Count > 0
            || input.Votes.Count > 0
            || input.Positions.Count + input.Guarantees.Count > MostFacts || Facts.Any(f => f.Name == input.Name.Name))
            return null;
        BodySymbol? body = null;
        var candidates = new HashSet<CandidateSymbol>();
        foreach (var name in input.Decisions)
        {
            if (FindDecision(name.Name) is not { } decision || (body is not null && !ReferenceEquals(body, decision.Body)))
                return null;
            body = decision.Body;
            candidates.UnionWith(decision.Candidates);
        }
        if (body is null)
            return null;
        var facts = _binding.FactBase;
        var days = new HashSet<(MemberSymbol, CandidateSymbol, DateOnly)>();
        foreach (var position in input.Positions)
        {
            if (position.Date?.Value is not { } date || position.Location is not { } location
                || body.FindMember(position.Member.Name) is not { } member
                || FindCandidate(position.Candidate.Name) is not { } candidate || !candidates.Contains(candidate))
                return null;
            MatterSymbol? matter = null;
            if (position.Matter is { } matterName && (matter = Matters.FirstOrDefault(m => m.Name == matterName.Name)) is null)
                return null;
            // Two positions of a member on one day may contradict: that is the binder's to say (NR2014).
            if (!days.Add((member, candidate, date)) || facts.Positions(candidate, member).Any(p => p.Date == date))
                return null;
            // A declaration on anything but an abstention is the binder's to report (NR2046).
            if (position.Declaration is not null && position.Stance != Stance.Abstains)
                return null;
            facts = facts.WithPosition(new PositionFact(member, candidate, date, position.Stance, position.Condition, matter, location)
            {
                Declared = position.Declaration is not null,
            }, replaceAll: false);
        }
        foreach (var guarantee in input.Guarantees)
        {
            if (guarantee.Date.Value is not { } date || Matters.FirstOrDefault(m => m.Name == guarantee.Matter.Name) is not { } matter
                || body.FindMember(guarantee.Receiver.Name) is not { } receiver || !facts.IsMember(receiver, date))
                return null;
            var giver = FindCandidate(guarantee.Giver.Name);
            if (giver is null && body.FindMember(guarantee.Giver.Name) is null)
                return null;
            facts = facts.WithGuarantee(new GuaranteeFact(matter, guarantee.Giver.Name, giver, receiver, guarantee.Form.Name, date,
                guarantee.Description, guarantee.Location));
        }
        return facts;
    }

    /// <summary>Evaluates over <paramref name="facts"/> (this compilation's, with more added by <see cref="TryAddFacts"/>).</summary>
    internal Verdict Evaluate(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf, FactBase facts, long maxSteps)
    {
        return Evaluator.Evaluate(PlanFor(decision, candidate), candidate, asOf, facts, maxSteps);
    }

    /// <summary>Whether <paramref name="decision"/> approves <paramref name="candidate"/> as of <paramref name="asOf"/>; allocates nothing.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="ArgumentException">The decision or the candidate comes from another compilation.</exception>
    public bool IsApproved(DecisionSymbol decision, CandidateSymbol candidate, DateOnly asOf)
    {
        var plan = PlanFor(decision, candidate);
        // From the second question on one decision and candidate, the answer comes from the outcome's change points,
        // evaluated once: a binary search instead of an evaluation (see OutcomeIndex).
        var key = ((long)IndexOf(decision) << 32) | (uint)candidate.Ordinal;
        if (_outcomeIndexes.TryGetValue(key, out var entry))
        {
            if (entry.Index is { } index)
                return index.IsApproved(asOf);
            if (!entry.Unindexable)
            {
                var built = OutcomeIndex.TryBuild(plan, candidate, _binding.FactBase);
                _outcomeIndexes[key] = new OutcomeIndexEntry(built, built is null);
                if (built is not null)
                    return built.IsApproved(asOf);
            }
        }
        else
        {
            _outcomeIndexes.TryAdd(key, new OutcomeIndexEntry(null, false));
        }
        return Evaluator.IsApproved(plan, candidate, asOf, _binding.FactBase);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<long, OutcomeIndexEntry> _outcomeIndexes = new();

    // An index once built (or known not to be worth building), per decision and candidate.
    private sealed record OutcomeIndexEntry(OutcomeIndex? Index, bool Unindexable);

    // Decisions are few: a look through them by reference is cheaper than hashing the name on every evaluation.
    private int IndexOf(DecisionSymbol decision)
    {
        for (var i = 0; i < _decisionArray.Length; i++)
            if (ReferenceEquals(_decisionArray[i], decision))
                return i;
        return -1;
    }

    /// <summary>The evaluation plan of <paramref name="decision"/>, lowered once; the compilation must have no errors.</summary>
    /// <exception cref="InvalidOperationException">The compilation has errors.</exception>
    /// <exception cref="ArgumentException">The decision comes from another compilation.</exception>
    internal DecisionPlan PlanOf(DecisionSymbol decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (HasErrors)
            throw new InvalidOperationException("The compilation has errors; see Diagnostics.");
        var index = IndexOf(decision);
        if (index < 0)
            throw new ArgumentException($"Decision '{decision.Name}' is not part of this compilation.", nameof(decision));
        var plan = Volatile.Read(ref _plans[index]);
        if (plan is null)
        {
            // Two threads lowering at once make equal plans; the first stored is the one kept.
            Interlocked.CompareExchange(ref _plans[index], DecisionPlan.Lower(decision), null);
            plan = _plans[index]!;
        }
        return plan;
    }

    // The plan to evaluate with, once the decision and the candidate are known to be this compilation's.
    private DecisionPlan PlanFor(DecisionSymbol decision, CandidateSymbol candidate)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(candidate);
        var plan = PlanOf(decision);
        if ((uint)candidate.Ordinal >= (uint)_candidatesByOrdinal.Length || !ReferenceEquals(_candidatesByOrdinal[candidate.Ordinal], candidate))
            throw new ArgumentException($"Candidate '{candidate.Name}' is not part of this compilation.", nameof(candidate));
        return plan;
    }
}
