using NatoRules.Evaluation;
using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A test written in the language: a date, what-if overrides and expectations.</summary>
public sealed class TestSymbol : Symbol
{
    internal TestSymbol(string name, Location? location, TestDeclarationSyntax syntax)
        : base(name, location, syntax) => Syntax = syntax;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Test;

    internal TestDeclarationSyntax Syntax { get; }

    /// <summary>The date the test evaluates on.</summary>
    public DateOnly AsOf { get; internal set; }

    internal List<TestOverride> Overrides { get; } = [];

    internal List<TestExpectation> Expectations { get; } = [];

    internal FactBase Apply(FactBase facts, WorkBudget budget)
    {
        foreach (var change in Overrides)
        {
            budget.Spend(change.CopyCost(facts), null);
            facts = change.Apply(facts);
        }
        return facts;
    }
}

/// <summary>A what-if fact that holds inside one test.</summary>
internal abstract record TestOverride(Location Location)
{
    public abstract FactBase Apply(FactBase facts);

    /// <summary>What applying it copies, in steps of the compilation's budget: the fact base's tables.</summary>
    public virtual long CopyCost(FactBase facts) => facts.CopySize;
}

internal sealed record PositionOverride(PositionFact Position, bool ReplaceAll, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithPosition(Position, ReplaceAll);

    /// <inheritdoc/>
    public override long CopyCost(FactBase facts) => base.CopyCost(facts) + (facts.PositionsOf(Position.Candidate)?.Facts.Length ?? 0);
}

internal sealed record GuaranteeOverride(GuaranteeFact Guarantee, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithGuarantee(Guarantee);
}

internal sealed record WithoutGuaranteeOverride(MatterSymbol Matter, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithoutGuarantees(Matter);
}

internal sealed record MembershipOverride(MembershipChange Change, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithMembershipChange(Change);
}

internal sealed record WithdrawalOverride(CandidateSymbol Candidate, DateOnly Date, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithWithdrawal(Candidate, Date);
}

/// <summary>What a test expects of one decision for one candidate.</summary>
internal abstract record TestExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, Location Location)
{
    /// <summary>Null when the verdict meets the expectation; otherwise what was expected and what was found.</summary>
    public abstract (string Expected, string Actual)? Check(Verdict verdict);

    protected static string Members(IEnumerable<MemberSymbol> members) =>
        string.Join(", ", members.Select(m => m.Name).Distinct().Order(StringComparer.Ordinal)) is { Length: > 0 } list ? list : "nobody";
}

internal sealed record OutcomeExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, Outcome Outcome,
    IReadOnlyList<MemberSymbol>? Blockers, Location Location) : TestExpectation(Decision, Candidate, Location)
{
    public override (string, string)? Check(Verdict verdict)
    {
        var outcomeMatches = verdict.Outcome == Outcome;
        // `is pending by M` names whom a pending verdict waits for; `is blocked by M` the members that block.
        var named = Named(verdict);
        var blockersMatch = Blockers is null || Blockers.Select(m => m.Name).ToHashSet().SetEquals(named.Select(m => m.Name));
        if (outcomeMatches && blockersMatch)
            return null;
        var expected = Outcome.ToText() + (Blockers is null ? "" : " by " + Members(Blockers));
        var actual = verdict.Outcome.ToText() + (named.Count > 0 || Blockers is not null ? " by " + Members(named) : "");
        return (expected, actual);
    }

    private static List<MemberSymbol> Named(Verdict verdict)
    {
        if (verdict.Outcome == Outcome.Pending)
            return [.. verdict.Awaiting];
        var members = new List<MemberSymbol>(verdict.Blockers.Count);
        foreach (var blocker in verdict.Blockers)
            if (blocker.Member is { } member)
                members.Add(member);
        return members;
    }
}

internal sealed record UnblockExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, MatterSymbol? Matter,
    MemberSymbol? Member, Location Location) : TestExpectation(Decision, Candidate, Location)
{
    public override (string, string)? Check(Verdict verdict)
    {
        var options = verdict.Unblock.ToList();
        var found = Matter is not null
            ? options.Any(o => o.Kind == UnblockKind.Guarantee && ReferenceEquals(o.Matter, Matter))
            : options.Any(o => o.Kind != UnblockKind.Guarantee && ReferenceEquals(o.Member, Member));
        if (found)
            return null;
        var expected = Matter is not null ? $"unblocked by guarantee {Matter.Name}" : $"unblocked by {Member!.Name}";
        var actual = options.Count == 0 ? "nothing to unblock" : string.Join("; ", options.Select(o => o.Description));
        return (expected, actual);
    }
}

internal sealed record TallyExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, string Tally, long Count,
    Location Location) : TestExpectation(Decision, Candidate, Location)
{
    public static readonly string[] Names = ["supports", "objections", "abstentions", "silent", "nonmembers", "notsitting"];

    public override (string, string)? Check(Verdict verdict)
    {
        var tallies = verdict.Tallies;
        long actual = Tally switch
        {
            "supports" => tallies.Supports,
            "objections" => tallies.Objections,
            "abstentions" => tallies.Abstentions,
            "silent" => tallies.Silent,
            "notsitting" => tallies.NotSitting,
            _ => tallies.NonMembers,
        };
        return actual == Count ? null : ($"{Count} {Tally}", $"{actual} {Tally}");
    }
}
