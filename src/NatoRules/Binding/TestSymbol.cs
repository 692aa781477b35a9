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

/// <summary><c>as of DATE ballot N</c>: the ballots numbered after N are not held yet.</summary>
internal sealed record BallotOverride(int Ballot, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithoutBallotsAfter(Ballot);
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

internal sealed record VoteOverride(VoteFact Vote, Location Location) : TestOverride(Location)
{
    public override FactBase Apply(FactBase facts) => facts.WithVote(Vote);
}

/// <summary>What a test expects of one decision for one candidate; the test runner checks it against the verdict.</summary>
internal abstract record TestExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, Location Location);

/// <summary>
/// <c>expect D for C is OUTCOME [by M, ...]</c>: <paramref name="Outcome"/> is the word as written
/// (<c>approved</c>, <c>blocked</c>, <c>pending</c>, <c>ineligible</c>, <c>rejected</c>); <paramref name="Blockers"/> the members named.
/// </summary>
internal sealed record OutcomeExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, string Outcome,
    IReadOnlyList<MemberSymbol>? Blockers, Location Location) : TestExpectation(Decision, Candidate, Location);

/// <summary><c>expect D for C unblocked by guarantee G</c> (<paramref name="Matter"/>) or <c>by M</c> (<paramref name="Member"/>).</summary>
internal sealed record UnblockExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, MatterSymbol? Matter,
    MemberSymbol? Member, Location Location) : TestExpectation(Decision, Candidate, Location);

/// <summary><c>expect D for C has N TALLY</c>.</summary>
internal sealed record TallyExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, string Tally, long Count,
    Location Location) : TestExpectation(Decision, Candidate, Location)
{
    public static readonly string[] Names = ["supports", "objections", "abstentions", "absent", "present", "silent", "nonmembers", "notsitting"];
}

/// <summary><c>expect D for C needs N</c>: the first threshold the decision requires asks for <paramref name="Count"/> (supports, or members).</summary>
internal sealed record RequiredExpectation(DecisionSymbol Decision, CandidateSymbol Candidate, long Count, Location Location)
    : TestExpectation(Decision, Candidate, Location);
