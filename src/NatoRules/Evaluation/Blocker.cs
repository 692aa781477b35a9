using NatoRules.Binding;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>Why a member blocks.</summary>
public enum BlockerKind
{
    /// <summary>The member objects where consensus or unanimity is required.</summary>
    Objection,
    /// <summary>The member objects unless a guarantee it waits for is given.</summary>
    ConditionalObjection,
    /// <summary>The member holds a veto and objects.</summary>
    Veto,
    /// <summary>The member abstains where an abstention breaks unanimity.</summary>
    Abstention,
    /// <summary>The member backs a rival candidate who is still running.</summary>
    RivalBacking,
}

/// <summary>What would lift a blocker.</summary>
public enum UnblockKind
{
    /// <summary>A qualifying guarantee is given.</summary>
    Guarantee,
    /// <summary>The member changes its position.</summary>
    ChangeOfPosition,
    /// <summary>A rival candidate withdraws.</summary>
    RivalWithdrawal,
    /// <summary>More members support.</summary>
    MoreSupport,
}

/// <summary>One way to lift a blocker or reach a threshold.</summary>
/// <param name="Kind">The kind of step.</param>
/// <param name="Member">The member that would act or receive, if one.</param>
/// <param name="Matter">The matter of the guarantee, for a guarantee.</param>
/// <param name="Description">The step in words.</param>
public sealed record UnblockOption(UnblockKind Kind, MemberSymbol? Member, MatterSymbol? Matter, string Description);

/// <summary>A member that blocks the decision, why, where the fact is stated, and what would lift it.</summary>
/// <param name="Member">The blocking member.</param>
/// <param name="Kind">Why it blocks.</param>
/// <param name="Reason">The reason in words.</param>
/// <param name="FactLocation">Where the position it holds is stated.</param>
/// <param name="RuleLocation">The rule clause it blocks.</param>
/// <param name="Unblock">What would lift it.</param>
public sealed record Blocker(
    MemberSymbol Member,
    BlockerKind Kind,
    string Reason,
    Location? FactLocation,
    Location? RuleLocation,
    IReadOnlyList<UnblockOption> Unblock);
