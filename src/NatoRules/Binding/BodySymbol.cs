using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A deciding body: NATO, the UN Security Council, the Council of the EU.</summary>
public sealed class BodySymbol : Symbol
{
    private Dictionary<string, MemberSymbol>? _byCode;

    internal BodySymbol(string name, string? title, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax) => Title = title;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Body;

    /// <summary>The descriptive title, if given.</summary>
    public string? Title { get; }

    /// <summary>Every member ever declared, in declaration order.</summary>
    public IReadOnlyList<MemberSymbol> Members { get; private set; } = [];

    /// <summary>The member with <paramref name="code"/>, or null.</summary>
    public MemberSymbol? FindMember(string code) => _byCode?.GetValueOrDefault(code);

    /// <summary>The members whose membership covers <paramref name="date"/>.</summary>
    public IEnumerable<MemberSymbol> MembersOn(DateOnly date) => Members.Where(m => m.IsMemberOn(date));

    /// <summary>The chair's place in <see cref="Members"/>, or -1: a body has at most one, and it is never counted as a member.</summary>
    internal int ChairIndex { get; private set; } = -1;

    /// <summary>How many members the body declares, its chair left out: the most that can ever count.</summary>
    internal int MemberCount => Members.Count - (ChairIndex >= 0 ? 1 : 0);

    /// <summary>The body's chair, if it declares one (<c>chair VP</c>): no member, it votes only to break a tie.</summary>
    public MemberSymbol? Chair => ChairIndex >= 0 ? Members[ChairIndex] : null;

    /// <summary>The members as an array, for the evaluator's loops.</summary>
    internal MemberSymbol[] MemberArray { get; private set; } = [];

    /// <summary>Sets the members and the table of them by code, which the body keeps and no one else changes.</summary>
    internal void SetMembers(List<MemberSymbol> members, Dictionary<string, MemberSymbol> byCode)
    {
        Members = members;
        MemberArray = [.. members];
        _byCode = byCode;
        ChairIndex = members.FindIndex(m => m.IsChair);
        SinglePeriods = SinglePeriodsOf(MemberArray);
    }

    /// <summary>
    /// Each member's one period of membership as day numbers, first day and first day after (open: <see cref="int.MaxValue"/>),
    /// when every member has exactly one; null otherwise. The evaluator asks every member on every
    /// evaluation whether it is a member: one array read in order instead of two objects per member.
    /// </summary>
    internal (int From, int Until)[]? SinglePeriods { get; private set; }

    private static (int From, int Until)[]? SinglePeriodsOf(MemberSymbol[] members)
    {
        var periods = new (int From, int Until)[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i].IsChair)
            {
                periods[i] = (0, 0); // no member on any day
                continue;
            }
            if (members[i].Memberships is not [var only])
                return null;
            periods[i] = (only.From.DayNumber, only.Until?.DayNumber ?? int.MaxValue);
        }
        return periods;
    }
}
