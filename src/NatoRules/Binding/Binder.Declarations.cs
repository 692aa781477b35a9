using NatoRules.Text;
using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Binding;

internal sealed partial class Binder
{
    private void DeclareAll(SyntaxTree tree)
    {
        foreach (var declaration in tree.Root.Declarations)
        {
            Spend(1 + declaration switch
            {
                BodyDeclarationSyntax body => body.Block.Statements.Count,
                FactsDeclarationSyntax facts => facts.Block.Statements.Count,
                TestDeclarationSyntax test => test.Block.Statements.Count,
                _ => 0,
            }, declaration);
            switch (declaration)
            {
                case BodyDeclarationSyntax body:
                    DeclareBody(body);
                    break;
                case DecisionDeclarationSyntax decision when !decision.Identifier.IsMissing:
                    DeclareDecision(decision);
                    break;
                case RuleDeclarationSyntax rule when !rule.Identifier.IsMissing:
                    DeclareRule(rule);
                    break;
                case MatterDeclarationSyntax matter:
                    DeclareMatter(new MatterInput(Name(matter.Identifier), matter.Description?.Value as string, matter));
                    break;
                case FactsDeclarationSyntax facts when !facts.Identifier.IsMissing:
                    DeclareFacts(SyntaxFactReader.Read(facts));
                    break;
                case TestDeclarationSyntax test when !test.Name.IsMissing:
                    var symbol = new TestSymbol(test.Name.Value as string ?? "", test.Name.GetLocation(), test);
                    _tests.Add(symbol);
                    _symbolsByNode[test] = symbol;
                    break;
            }
        }
    }

    private bool Declare<T>(Dictionary<string, T> table, string what, SyntaxToken identifier, SyntaxNode? syntax, T symbol)
        where T : Symbol
    {
        if (table.TryGetValue(identifier.Text, out var existing))
        {
            ReportDuplicate(what, identifier.Text, identifier.GetLocation(), existing.Location);
            return false;
        }
        table.Add(identifier.Text, symbol);
        if (syntax is not null)
            _symbolsByNode[syntax] = symbol;
        return true;
    }

    // Rules are named within their file: two files may each have a rule `Majority`, and a reference
    // means its own file's, or the only one there is.
    private void DeclareRule(RuleDeclarationSyntax syntax)
    {
        var name = syntax.Identifier.Text;
        var location = syntax.Identifier.GetLocation();
        if (!_rulesByName.TryGetValue(name, out var same))
            _rulesByName[name] = same = [];
        if (same.FirstOrDefault(r => r.Location?.Source == location.Source) is { } existing)
        {
            ReportDuplicate("rule", name, location, existing.Location);
            return;
        }
        var rule = new RuleSymbol(name, location, syntax) { Ordinal = _ruleOrdinals++ };
        same.Add(rule);
        _rules.Add(rule);
        _symbolsByNode[syntax] = rule;
    }

    private RuleSymbol? ResolveRule(NameInput name)
    {
        if (name.Name.Length == 0)
            return null;
        if (_rulesByName.TryGetValue(name.Name, out var candidates))
        {
            if (Meant(candidates, name) is { } meant)
                return meant;
            var places = candidates.Select(r => r.Location!).ToList();
            _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.AmbiguousRule, name.Location,
                $"declared at {string.Join(" and ", places.Select(Short))}; give the rules different names", places, name.Name, candidates.Count));
            return null;
        }
        ReportWithHelp(DiagnosticDescriptors.UnknownRule, name.Location, NameSuggester.Help(name.Name, _rulesByName.Keys), name.Name);
        return null;
    }

    /// <summary>
    /// Of the symbols a short name may mean, the one it means: the only one, or, shared, the one declared in
    /// the reference's own file, so that a file's references keep working when another file adds the same
    /// name; null when that does not decide. Recorded as what the name binds to.
    /// </summary>
    private T? Meant<T>(List<T> candidates, NameInput name) where T : Symbol
    {
        var meant = candidates.Count == 1 ? candidates[0]
            : candidates.Where(s => s.Location?.Source == name.Location.Source).ToList() is [var local] ? local : null;
        if (meant is not null)
            Record(name, meant);
        return meant;
    }

    // Decisions are named within their body: the table is keyed by the qualified name, and a short
    // name lists every body's decision of that name, for references that leave the body out.
    private void DeclareDecision(DecisionDeclarationSyntax syntax)
    {
        var name = syntax.Identifier.Text;
        if (name.Contains('.'))
        {
            Report(DiagnosticDescriptors.QualifiedDeclaration, syntax.Identifier.GetLocation(), "decision", name[(name.LastIndexOf('.') + 1)..]);
            return;
        }
        var qualified = $"{syntax.Body.Identifier.Text}.{name}";
        if (_decisions.TryGetValue(qualified, out var existing))
        {
            ReportDuplicate("decision", name, syntax.Identifier.GetLocation(), existing.Location);
            return;
        }
        var decision = new DecisionSymbol(name, syntax.Identifier.GetLocation(), syntax) { QualifiedName = qualified };
        _decisions.Add(qualified, decision);
        if (!_decisionsByName.TryGetValue(name, out var same))
            _decisionsByName[name] = same = [];
        same.Add(decision);
        _symbolsByNode[syntax] = decision;
    }

    /// <summary>
    /// A decision by its qualified name (<c>UNSC.ProceduralMatter</c>), or by its short name where only one
    /// body has a decision of that name; an unknown or ambiguous one is reported.
    /// </summary>
    private DecisionSymbol? ResolveDecision(NameInput name)
    {
        if (name.Name.Length == 0)
            return null;
        if (name.Name.Contains('.'))
            return Resolve(_decisions, name, DiagnosticDescriptors.UnknownDecision);
        if (_decisionsByName.TryGetValue(name.Name, out var candidates))
        {
            if (Meant(candidates, name) is { } meant)
                return meant;
            var names = candidates.Select(d => d.QualifiedName).Order(StringComparer.Ordinal).ToList();
            Report(DiagnosticDescriptors.AmbiguousDecision, name.Location, name.Name, candidates.Count, string.Join(" or ", names));
            return null;
        }
        ReportWithHelp(DiagnosticDescriptors.UnknownDecision, name.Location, NameSuggester.Help(name.Name, _decisionsByName.Keys), name.Name);
        return null;
    }

    private void DeclareMatter(MatterInput input)
    {
        if (input.Name.Name.Length == 0)
            return;
        if (_matters.TryGetValue(input.Name.Name, out var existing))
        {
            if (existing.Location is not null)
                ReportDuplicate("matter", input.Name.Name, input.Name.Location, existing.Location);
            else
                existing.Description ??= input.Description; // declared implicitly by a guarantee before
            return;
        }
        var matter = new MatterSymbol(input.Name.Name, input.Description, input.Name.Location, input.Syntax);
        _matters.Add(matter.Name, matter);
        if (input.Syntax is not null)
            _symbolsByNode[input.Syntax] = matter;
    }

    private void DeclareFacts(FactsInput input)
    {
        if (_facts.TryGetValue(input.Name.Name, out var existing))
        {
            ReportDuplicate("facts", input.Name.Name, input.Name.Location, existing.Location);
            return;
        }
        var facts = new FactsSymbol(input.Name.Name, input.Name.Location, input.Syntax);
        _facts.Add(facts.Name, facts);
        if (input.Syntax is not null)
            _symbolsByNode[input.Syntax] = facts;
        _factInputs.Add((facts, input));

        var candidates = new List<CandidateSymbol>();
        foreach (var candidate in input.Candidates)
        {
            if (candidate.Name.Name.Length == 0)
                continue;
            var symbol = new CandidateSymbol(candidate.Name.Name, candidate.Title, candidate.IsProposal, candidate.Name.Location, candidate.Syntax)
            {
                Facts = facts,
                Ordinal = _candidates.Count,
            };
            if (_candidates.TryGetValue(symbol.Name, out var first))
            {
                ReportDuplicate(candidate.IsProposal ? "proposal" : "candidate", symbol.Name, candidate.Name.Location, first.Location);
                continue;
            }
            _candidates.Add(symbol.Name, symbol);
            if (candidate.Syntax is not null)
                _symbolsByNode[candidate.Syntax] = symbol;
            candidates.Add(symbol);
        }
        facts.Candidates = candidates;

        foreach (var matter in input.Matters)
            DeclareMatter(matter);
        // A guarantee on a matter nobody declared declares it.
        foreach (var guarantee in input.Guarantees)
            if (guarantee.Matter.Name.Length > 0 && !_matters.ContainsKey(guarantee.Matter.Name))
                _matters.Add(guarantee.Matter.Name, new MatterSymbol(guarantee.Matter.Name, guarantee.Description, null, null));
    }

    private void DeclareBody(BodyDeclarationSyntax syntax)
    {
        if (syntax.Identifier.IsMissing)
            return;
        var body = new BodySymbol(syntax.Identifier.Text, syntax.Title?.Value as string, syntax.Identifier.GetLocation(), syntax);
        if (!Declare(_bodies, "body", syntax.Identifier, syntax, body))
            return;
        // Sized for the block: grown by doubling, a body of 2,000 members left a 97 KB table on the
        // large object heap; the same table then serves look-ups by code.
        var statements = syntax.Block.Statements.Count;
        var members = new List<MemberSymbol>(statements);
        var seen = new Dictionary<string, MemberSymbol>(statements, StringComparer.Ordinal);
        foreach (var declaration in syntax.Block.Statements.OfType<MemberDeclarationSyntax>())
        {
            if (declaration.Code.IsMissing)
                continue;
            var code = declaration.Code.Text;
            if (seen.TryGetValue(code, out var first))
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticDescriptors.DuplicateMember, declaration.Code.GetLocation(),
                    $"the first declaration is at {Short(first.Location!)}", [first.Location!], code, body.Name));
                continue;
            }
            if (declaration.MemberKeyword.Kind == SyntaxKind.ChairKeyword && members.FirstOrDefault(m => m.IsChair) is { } chair)
            {
                Report(DiagnosticDescriptors.DuplicateChair, declaration.MemberKeyword.GetLocation(), body.Name, chair.Name);
                continue;
            }
            var member = BindMember(body, members.Count, declaration);
            seen.Add(code, member);
            members.Add(member);
            _symbolsByNode[declaration] = member;
        }
        body.SetMembers(members, seen);
    }

    private static readonly IReadOnlySet<string> NoFlags = System.Collections.Frozen.FrozenSet<string>.Empty;
    private static readonly IReadOnlyDictionary<string, decimal> NoNumbers = System.Collections.Frozen.FrozenDictionary<string, decimal>.Empty;

    private MemberSymbol BindMember(BodySymbol body, int index, MemberDeclarationSyntax syntax)
    {
        // A large body has thousands of members, most with one date and one number and no flag:
        // the collections are made when first needed.
        var memberships = new List<Membership>(1);
        HashSet<string>? flags = null;
        Dictionary<string, decimal>? numbers = null;
        DateOnly? openSince = null;
        var sawMembershipDate = false;
        var attributes = syntax.Attributes;
        for (var a = 0; a < attributes.Count; a++)
        {
            switch (attributes[a])
            {
                case DatedAttributeSyntax { Keyword.Kind: SyntaxKind.JoinedKeyword } joined when Date(joined.Date)?.Value is { } from:
                    sawMembershipDate = true;
                    if (openSince is { } open)
                        memberships.Add(new Membership(open, null));
                    openSince = from;
                    break;
                case DatedAttributeSyntax { Keyword.Kind: SyntaxKind.LeftKeyword } left when Date(left.Date)?.Value is { } until:
                    sawMembershipDate = true;
                    var start = openSince ?? DateOnly.MinValue;
                    if (until < start)
                        Report(DiagnosticDescriptors.PeriodEndsBeforeStart, left.Date.GetLocation(), syntax.Code.Text, $"left {Dates.Iso(until)}", $"joined {Dates.Iso(start)}");
                    memberships.Add(new Membership(start, until));
                    openSince = null;
                    break;
                case TermAttributeSyntax term when Date(term.StartDate)?.Value is { } termStart && Date(term.EndDate)?.Value is { } termEnd:
                    sawMembershipDate = true;
                    if (termEnd < termStart)
                        Report(DiagnosticDescriptors.PeriodEndsBeforeStart, term.EndDate.GetLocation(), syntax.Code.Text, $"term end {Dates.Iso(termEnd)}", $"term start {Dates.Iso(termStart)}");
                    // A term that runs to the calendar's last day has no day after it: it is open.
                    memberships.Add(new Membership(termStart, termEnd == DateOnly.MaxValue ? null : termEnd.AddDays(1)) { IsTerm = true });
                    break;
                case ValueAttributeSyntax { Value: null } flag:
                    (flags ??= new HashSet<string>(StringComparer.Ordinal)).Add(flag.Identifier.Text);
                    break;
                case ValueAttributeSyntax { Value.Value: long number } value:
                    (numbers ??= new Dictionary<string, decimal>(1, StringComparer.Ordinal))[value.Identifier.Text] = number;
                    break;
                case ValueAttributeSyntax { Value.Value: decimal percent } value:
                    (numbers ??= new Dictionary<string, decimal>(1, StringComparer.Ordinal))[value.Identifier.Text] = percent;
                    break;
                case ValueAttributeSyntax { Value.Kind: SyntaxKind.DateToken } dated:
                    ReportWithHelp(DiagnosticDescriptors.UnknownDatedAttribute, dated.Identifier.GetLocation(),
                        NameSuggester.Help(dated.Identifier.Text, ["joined", "left", "term"]), dated.Identifier.Text);
                    break;
            }
        }
        if (openSince is { } stillOpen)
            memberships.Add(new Membership(stillOpen, null));
        var isChair = syntax.MemberKeyword.Kind == SyntaxKind.ChairKeyword;
        if (isChair)
            memberships.Clear(); // the chair is no member on any day: everything that counts members leaves it out
        else if (!sawMembershipDate)
            memberships.Add(new Membership(DateOnly.MinValue, null)); // no dates: a member at all times
        return new MemberSymbol(syntax.Code.Text, syntax.Title?.Value as string, body, index, syntax.Code.GetLocation(), syntax,
            memberships, flags ?? NoFlags, numbers ?? NoNumbers)
        {
            IsChair = isChair,
        };
    }
}
