using NatoRules.Facts;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A member's dated position on a candidate or proposal, possibly conditional on a guarantee.</summary>
/// <remarks>Two facts are equal when all their properties are.</remarks>
public sealed record PositionFact
{
    private Location? _location;
    private readonly SyntaxNode? _statement; // the statement, or the block that holds it as statement _index
    private readonly int _index = -1;

    /// <summary>Creates a position fact.</summary>
    /// <param name="member">The member.</param>
    /// <param name="candidate">The candidate or proposal.</param>
    /// <param name="date">The day the position was taken.</param>
    /// <param name="stance">The position.</param>
    /// <param name="condition">Whether and how it depends on a guarantee.</param>
    /// <param name="matter">The matter of that guarantee, if any.</param>
    /// <param name="location">Where the fact is stated.</param>
    public PositionFact(MemberSymbol member, CandidateSymbol candidate, DateOnly date, Stance stance, PositionConditionKind condition,
        MatterSymbol? matter, Location location)
        : this(member, candidate, date, stance, condition, matter, location, null)
    {
    }

    // A fact read from a rule file keeps its statement and makes its location when asked: a large
    // facts block has millions of positions, and most locations are never read.
    internal PositionFact(MemberSymbol member, CandidateSymbol candidate, DateOnly date, Stance stance, PositionConditionKind condition,
        MatterSymbol? matter, Location? location, SyntaxNode? statement)
    {
        Member = member;
        Candidate = candidate;
        Date = date;
        Stance = stance;
        Condition = condition;
        Matter = matter;
        _location = location;
        _statement = statement;
    }

    // A one-member position of a facts block keeps the block and the statement's index in it: the public
    // node of the statement is made only when something asks for it (a location, a name's symbol), so
    // binding a large block makes none.
    internal PositionFact(MemberSymbol member, CandidateSymbol candidate, DateOnly date, Stance stance, PositionConditionKind condition,
        MatterSymbol? matter, BlockSyntax block, int index)
        : this(member, candidate, date, stance, condition, matter, null, block)
    {
        _index = index;
    }

    /// <summary>The member.</summary>
    public MemberSymbol Member { get; }

    /// <summary>The candidate or proposal.</summary>
    public CandidateSymbol Candidate { get; }

    /// <summary>The day the position was taken.</summary>
    public DateOnly Date { get; }

    /// <summary>The position.</summary>
    public Stance Stance { get; }

    /// <summary>Whether and how it depends on a guarantee.</summary>
    public PositionConditionKind Condition { get; }

    /// <summary>
    /// For an abstention: whether the member qualified it by a formal declaration (a constructive abstention, TEU
    /// Article 31(1)), which counts in a threshold of members <c>abstaining with declaration</c>.
    /// </summary>
    public bool Declared { get; init; }

    /// <summary>The matter of that guarantee, if any.</summary>
    public MatterSymbol? Matter { get; }

    /// <summary>The position in words, without the member: <c>objects unless guarantee UkraineOptOut</c>, <c>abstains with a declaration</c>.</summary>
    internal string Words
    {
        get
        {
            var verb = Stance switch
            {
                Stance.Supports => "supports",
                Stance.Objects => "objects",
                Stance.Abstains => "abstains",
                Stance.Absent => "is absent",
                _ => "is silent",
            };
            if (Declared)
                verb += " with a declaration";
            return Condition switch
            {
                PositionConditionKind.Unless => $"{verb} unless guarantee {Matter!.Name}",
                PositionConditionKind.If => $"{verb} if guarantee {Matter!.Name}",
                _ => verb,
            };
        }
    }

    /// <summary>Where the fact is stated.</summary>
    public Location Location => _location ??= Statement!.GetLocation();

    /// <summary>The statement the fact was read from, if it was read from a rule file.</summary>
    internal SyntaxNode? Statement => _index < 0 ? _statement : ((BlockSyntax)_statement!).Statements[_index];

    /// <inheritdoc/>
    public bool Equals(PositionFact? other) =>
        other is not null && Equals(Member, other.Member) && Equals(Candidate, other.Candidate) && Date == other.Date
        && Stance == other.Stance && Condition == other.Condition && Declared == other.Declared && Equals(Matter, other.Matter)
        && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Member, Candidate, Date, Stance, Condition, Declared, Matter, Location);
}
