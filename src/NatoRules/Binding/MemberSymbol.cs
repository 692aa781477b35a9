using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A member of a body, with dated membership, flags (such as <c>permanent</c>) and numbers (such as <c>population</c>).</summary>
public sealed class MemberSymbol : Symbol
{
    internal MemberSymbol(string code, string? title, BodySymbol body, int index, Location? location, SyntaxNode? syntax,
        IReadOnlyList<Membership> memberships, IReadOnlySet<string> flags, IReadOnlyDictionary<string, decimal> numbers)
        : base(code, location, syntax)
    {
        Title = title;
        Body = body;
        Index = index;
        Memberships = memberships;
        _memberships = [.. memberships];
        IsElected = memberships.Any(m => m.IsTerm);
        Flags = flags;
        Numbers = numbers;
    }

    private readonly Membership[] _memberships;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Member;

    /// <summary>The member's name, if given (the code is <see cref="Symbol.Name"/>).</summary>
    public string? Title { get; }

    /// <summary>The body.</summary>
    public BodySymbol Body { get; }

    /// <summary>The member's place in <see cref="BodySymbol.Members"/>.</summary>
    public int Index { get; }

    /// <summary>The periods of membership declared in the body, in order. Facts may add more (<c>joins</c>, <c>leaves</c>).</summary>
    public IReadOnlyList<Membership> Memberships { get; }

    /// <summary>Whether the member sits for terms (an elected member of the UN Security Council): outside them it is not sitting.</summary>
    public bool IsElected { get; }

    /// <summary>The flags the member has, such as <c>permanent</c>.</summary>
    public IReadOnlySet<string> Flags { get; }

    /// <summary>
    /// Whether this is the body's chair (<c>chair VP</c>): a member on no day, so counted in no decision, whose position is
    /// read only to break a tie where a decision says <c>tie broken by chair</c>.
    /// </summary>
    public bool IsChair { get; internal init; }

    /// <summary>The numeric attributes, such as <c>population</c>.</summary>
    public IReadOnlyDictionary<string, decimal> Numbers { get; }

    /// <summary>Whether the body's declaration makes this a member on <paramref name="date"/>.</summary>
    public bool IsMemberOn(DateOnly date)
    {
        // An array, not the interface: the evaluator asks this of every member on every evaluation.
        foreach (var membership in _memberships)
            if (membership.Covers(date))
                return true;
        return false;
    }
}
