using NRules;
using NRules.Fluent;
using NRules.Fluent.Dsl;
using RulesEngine.Models;
using ReRule = RulesEngine.Models.Rule;
using Rule = NRules.Fluent.Dsl.Rule;

namespace NatoRules.Benchmarks;

/// <summary>
/// The same decisions in Microsoft RulesEngine (expressions over the input, as its documentation shows)
/// and NRules (rules matching facts inserted into a session, with aggregates). Both are compiled once;
/// only execution is timed.
/// </summary>
public sealed class PeerEngines
{
    private const string Nato =
        "input1.Members.All(m => !m.Counts || m.Stance != \"objects\" || (m.Unless != null && input1.Guarantees.Any(g => g.Matter == m.Unless && g.Receiver == m.Code && g.Form == \"written\" && g.Giver == input1.Candidate)))";

    private const string Eu =
        "(input1.Members.Count(m => m.Counts && m.Stance == \"supports\") * 100 >= 55 * input1.Members.Count(m => m.Counts)"
        + " AND input1.Members.Where(m => m.Counts && m.Stance == \"supports\").Sum(m => m.Population) * 100 >= 65 * input1.Members.Where(m => m.Counts).Sum(m => m.Population))"
        + " OR input1.Members.Count(m => m.Counts && m.Stance != \"supports\") < 4";

    private const string Unsc =
        "input1.Members.Count(m => m.Counts && m.Stance == \"supports\") >= 9 AND !input1.Members.Any(m => m.Counts && m.Permanent && m.Stance == \"objects\")";

    // A quorum of a majority of the members present (supporting, objecting or abstaining), and two thirds of those voting.
    private const string Ga =
        "input1.Members.Count(m => m.Counts && m.Stance != \"silent\") * 2 > input1.Members.Count(m => m.Counts)"
        + " AND input1.Members.Count(m => m.Counts && m.Stance == \"supports\") * 3 >= 2 * input1.Members.Count(m => m.Counts && (m.Stance == \"supports\" || m.Stance == \"objects\"))";

    // 85% of the total weight (the member's weight rides in its Population field).
    private const string Imf =
        "input1.Members.Where(m => m.Counts && m.Stance == \"supports\").Sum(m => m.Population) * 100 >= 85 * input1.Members.Where(m => m.Counts).Sum(m => m.Population)";

    private readonly RulesEngine.RulesEngine _rulesEngine = new(
    [
        new Workflow { WorkflowName = "nato", Rules = [new ReRule { RuleName = "consensus", Expression = Nato }] },
        new Workflow { WorkflowName = "eu", Rules = [new ReRule { RuleName = "qmv", Expression = Eu }] },
        new Workflow { WorkflowName = "unsc", Rules = [new ReRule { RuleName = "substantive", Expression = Unsc }] },
        new Workflow { WorkflowName = "ga", Rules = [new ReRule { RuleName = "important", Expression = Ga }] },
        new Workflow { WorkflowName = "imf", Rules = [new ReRule { RuleName = "special", Expression = Imf }] },
    ], new ReSettings());

    private readonly Dictionary<string, ISessionFactory> _nrules = new()
    {
        ["nato"] = Compile(typeof(NatoObjectionRule)),
        ["eu"] = Compile(typeof(EuQualifiedMajorityRule)),
        ["unsc"] = Compile(typeof(UnscSubstantiveRule)),
        ["ga"] = Compile(typeof(GeneralAssemblyImportantRule)),
        ["imf"] = Compile(typeof(WeightedMajorityRule)),
    };

    private static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(rules));
        return repository.Compile();
    }

    public bool RulesEngineApproves(string kind, DecisionInput input) =>
        _rulesEngine.ExecuteAllRulesAsync(kind, input).GetAwaiter().GetResult()[0].IsSuccess;

    public bool NRulesApproves(string kind, DecisionInput input)
    {
        var session = _nrules[kind].CreateSession();
        var outcome = new Outcome { Approved = kind == "nato" };
        session.Insert(outcome);
        session.Insert(input);
        session.InsertAll(input.Members);
        session.InsertAll(input.Guarantees);
        session.Fire();
        return outcome.Approved;
    }
}

/// <summary>What an NRules session concludes.</summary>
public sealed class Outcome
{
    public bool Approved { get; set; }
}

/// <summary>NATO consensus: an objection no qualifying guarantee lifts blocks.</summary>
public sealed class NatoObjectionRule : Rule
{
    public override void Define()
    {
        Outcome outcome = null!;
        DecisionInput input = null!;
        MemberState member = null!;
        When()
            .Match(() => outcome)
            .Match(() => input)
            .Match(() => member, m => m.Counts, m => m.Stance == "objects")
            .Not<GuaranteeState>(g => member.Unless != null && g.Matter == member.Unless && g.Receiver == member.Code
                && g.Form == "written" && g.Giver == input.Candidate);
        Then().Do(_ => outcome.Block());
    }
}

/// <summary>A decision over the members that count, collected: the rules below differ only in what they ask of them.</summary>
public abstract class CollectedMembersRule : Rule
{
    public override void Define()
    {
        Outcome outcome = null!;
        IEnumerable<MemberState> members = null!;
        When()
            .Match(() => outcome)
            .Query(() => members, q => q.Match<MemberState>(m => m.Counts).Collect());
        Then().Do(_ => outcome.Decide(Approves(members)));
    }

    /// <summary>Whether the members that count, as they stand, approve.</summary>
    protected abstract bool Approves(IEnumerable<MemberState> members);
}

/// <summary>EU qualified majority over the collected members.</summary>
public sealed class EuQualifiedMajorityRule : CollectedMembersRule
{
    protected override bool Approves(IEnumerable<MemberState> members) =>
        (members.Count(m => m.Stance == "supports") * 100 >= 55 * members.Count()
         && members.Where(m => m.Stance == "supports").Sum(m => m.Population) * 100 >= 65 * members.Sum(m => m.Population))
        || members.Count(m => m.Stance != "supports") < 4;
}

/// <summary>UN Security Council substantive vote over the collected members.</summary>
public sealed class UnscSubstantiveRule : CollectedMembersRule
{
    protected override bool Approves(IEnumerable<MemberState> members) =>
        members.Count(m => m.Stance == "supports") >= 9 && !members.Any(m => m.Permanent && m.Stance == "objects");
}

/// <summary>UN General Assembly important question: a quorum, then two thirds of those present and voting.</summary>
public sealed class GeneralAssemblyImportantRule : CollectedMembersRule
{
    protected override bool Approves(IEnumerable<MemberState> members) =>
        members.Count(m => m.Stance != "silent") * 2 > members.Count()
        && members.Count(m => m.Stance == "supports") * 3 >= 2 * members.Count(m => m.Stance == "supports" || m.Stance == "objects");
}

/// <summary>A special majority of 85% of the total weight, over the collected members.</summary>
public sealed class WeightedMajorityRule : CollectedMembersRule
{
    protected override bool Approves(IEnumerable<MemberState> members) =>
        members.Where(m => m.Stance == "supports").Sum(m => m.Population) * 100 >= 85 * members.Sum(m => m.Population);
}

internal static class OutcomeActions
{
    public static void Block(this Outcome outcome) => outcome.Approved = false;

    public static void Decide(this Outcome outcome, bool approved) => outcome.Approved = approved;
}
