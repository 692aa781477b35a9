using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Diagnostics;
using NatoRules.Facts;
using NatoRules.Syntax;

namespace NatoRules.Analysis;

/// <summary>NR3001: a guarantee on a matter that no conditional position waits for.</summary>
internal sealed class UnrequestedGuaranteeAnalyzer : RuleAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.UnrequestedGuarantee];

    public override void Analyze(AnalysisContext context)
    {
        var compilation = context.Compilation;
        var requested = compilation.Positions.Where(p => p.Matter is not null).Select(p => (p.Matter!, p.Member)).ToHashSet();
        foreach (var guarantee in compilation.Guarantees)
            if (!requested.Contains((guarantee.Matter, guarantee.Receiver)))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.UnrequestedGuarantee, guarantee.Location,
                    guarantee.Matter.Name, guarantee.Receiver.Name));
    }
}

/// <summary>NR3002: a conjunction of a condition and its own negation can never be met.</summary>
internal sealed class ContradictionAnalyzer : RuleAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.NeverMet];

    public override void Analyze(AnalysisContext context)
    {
        var roots = context.Compilation.Decisions.SelectMany(d => d.Requirements.Concat(d.Eligibility))
            .Concat(context.Compilation.Rules.Select(r => r.Condition));
        foreach (var node in roots.SelectMany(r => r.DescendantsAndSelf()).OfType<BoundComposite>().Where(c => c.IsAll).Distinct())
        {
            var texts = node.Operands.Where(o => o is not BoundNot).Select(o => o.Text).ToHashSet(StringComparer.Ordinal);
            foreach (var negated in node.Operands.OfType<BoundNot>())
                if (texts.Contains(negated.Operand.Text) && !ReferenceEquals(negated.Syntax, negated.Operand.Syntax))
                    context.Report(Diagnostic.Create(DiagnosticDescriptors.NeverMet, node.Location, node.Text, negated.Operand.Text));
        }
    }
}

/// <summary>NR3003: a rule that no decision uses, directly or through other rules.</summary>
internal sealed class UnusedRuleAnalyzer : RuleAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.UnusedRule];

    public override void Analyze(AnalysisContext context)
    {
        var used = new HashSet<RuleSymbol>();
        var pending = new Stack<BoundCondition>(context.Compilation.Decisions.SelectMany(d => d.Requirements.Concat(d.Eligibility)));
        while (pending.Count > 0)
            foreach (var node in pending.Pop().DescendantsAndSelf())
                if (node is BoundRuleReference reference && used.Add(reference.Rule))
                    pending.Push(reference.Rule.Condition);
        foreach (var rule in context.Compilation.Rules)
            if (!used.Contains(rule) && rule.Location is { } location)
                context.Report(Diagnostic.Create(DiagnosticDescriptors.UnusedRule, location, rule.Name));
    }
}

/// <summary>NR3004: a decision that no facts give a candidate or proposal.</summary>
internal sealed class NoCandidateAnalyzer : RuleAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.NoCandidate];

    public override void Analyze(AnalysisContext context)
    {
        foreach (var decision in context.Compilation.Decisions)
        {
            if (decision.Location is not { } location)
                continue;
            var candidates = decision.Candidates.ToList();
            if (candidates.Count == 0)
                context.Report(Diagnostic.Create(DiagnosticDescriptors.NoCandidate, location, decision.Name, "no facts give it a candidate or proposal"));
            else if (candidates.All(c => c.Nationality is not null && decision.Body.FindMember(c.Nationality) is null))
                context.Report(Diagnostic.Create(DiagnosticDescriptors.NoCandidate, location, decision.Name, "no candidate is a national of a member"));
        }
    }
}

/// <summary>NR3005: facts dated after the as-of date of every test, so no test sees them.</summary>
internal sealed class FactsAfterTestsAnalyzer : RuleAnalyzer
{
    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.FactAfterEveryTest];

    public override void Analyze(AnalysisContext context)
    {
        var tests = context.Compilation.Tests;
        if (tests.Count == 0)
            return;
        var latest = tests.Max(t => t.AsOf);
        foreach (var (date, location) in context.Compilation.Positions.Select(p => (p.Date, p.Location))
                     .Concat(context.Compilation.Guarantees.Select(g => (g.Date, g.Location))))
            if (date > latest)
                context.Report(Diagnostic.Create(DiagnosticDescriptors.FactAfterEveryTest, location, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}

/// <summary>The analyzers that ship with the library.</summary>
public static class BuiltInAnalyzers
{
    /// <summary>New instances of every built-in analyzer (NR3001 to NR3005).</summary>
    public static IReadOnlyList<RuleAnalyzer> Create() =>
        [new UnrequestedGuaranteeAnalyzer(), new ContradictionAnalyzer(), new UnusedRuleAnalyzer(), new NoCandidateAnalyzer(), new FactsAfterTestsAnalyzer()];
}
