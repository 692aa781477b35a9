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
/// <remarks>The description is put together when first read. Two options are equal when their kind, member, matter and description are.</remarks>
public sealed record UnblockOption
{
    private string? _description;
    private readonly Func<string> _makeDescription;

    /// <summary>Creates an option.</summary>
    /// <param name="kind">The kind of step.</param>
    /// <param name="member">The member that would act or receive, if one.</param>
    /// <param name="matter">The matter of the guarantee, for a guarantee.</param>
    /// <param name="description">The step in words.</param>
    public UnblockOption(UnblockKind kind, MemberSymbol? member, MatterSymbol? matter, string description)
        : this(kind, member, matter, () => description)
    {
    }

    internal UnblockOption(UnblockKind kind, MemberSymbol? member, MatterSymbol? matter, Func<string> description)
    {
        _makeDescription = description;
        Kind = kind;
        Member = member;
        Matter = matter;
    }

    /// <summary>The kind of step.</summary>
    public UnblockKind Kind { get; }

    /// <summary>The member that would act or receive, if one.</summary>
    public MemberSymbol? Member { get; }

    /// <summary>The matter of the guarantee, for a guarantee.</summary>
    public MatterSymbol? Matter { get; }

    /// <summary>The step in words.</summary>
    public string Description => _description ??= _makeDescription();

    /// <inheritdoc/>
    public bool Equals(UnblockOption? other) =>
        other is not null && Kind == other.Kind && Equals(Member, other.Member) && Equals(Matter, other.Matter)
        && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Member, Matter, Description);
}

/// <summary>A member that blocks the decision, why, where the fact is stated, and what would lift it.</summary>
/// <remarks>The reason is put together when first read.</remarks>
public sealed record Blocker
{
    private string? _reason;
    private readonly Func<string> _makeReason;

    /// <summary>Creates a blocker.</summary>
    /// <param name="member">The blocking member.</param>
    /// <param name="kind">Why it blocks.</param>
    /// <param name="reason">The reason in words.</param>
    /// <param name="factLocation">Where the position it holds is stated.</param>
    /// <param name="ruleLocation">The rule clause it blocks.</param>
    /// <param name="unblock">What would lift it.</param>
    public Blocker(MemberSymbol member, BlockerKind kind, string reason, Location? factLocation, Location? ruleLocation,
        IReadOnlyList<UnblockOption> unblock)
        : this(member, kind, () => reason, factLocation, ruleLocation, unblock)
    {
    }

    internal Blocker(MemberSymbol member, BlockerKind kind, Func<string> reason, Location? factLocation, Location? ruleLocation,
        IReadOnlyList<UnblockOption> unblock)
    {
        _makeReason = reason;
        Member = member;
        Kind = kind;
        FactLocation = factLocation;
        RuleLocation = ruleLocation;
        Unblock = unblock;
    }

    /// <summary>The blocking member.</summary>
    public MemberSymbol Member { get; }

    /// <summary>Why it blocks.</summary>
    public BlockerKind Kind { get; }

    /// <summary>The reason in words.</summary>
    public string Reason => _reason ??= _makeReason();

    /// <summary>Where the position it holds is stated.</summary>
    public Location? FactLocation { get; }

    /// <summary>The rule clause it blocks.</summary>
    public Location? RuleLocation { get; }

    /// <summary>What would lift it.</summary>
    public IReadOnlyList<UnblockOption> Unblock { get; }

    /// <inheritdoc/>
    public bool Equals(Blocker? other) =>
        other is not null && Equals(Member, other.Member) && Kind == other.Kind && string.Equals(Reason, other.Reason, StringComparison.Ordinal)
        && Equals(FactLocation, other.FactLocation) && Equals(RuleLocation, other.RuleLocation) && Unblock.SequenceEqual(other.Unblock);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Kind, Reason, FactLocation, RuleLocation);
}
