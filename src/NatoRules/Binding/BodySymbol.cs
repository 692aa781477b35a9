using System.Collections.Frozen;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding;

/// <summary>A deciding body: NATO, the UN Security Council, the Council of the EU.</summary>
public sealed class BodySymbol : Symbol
{
    private IReadOnlyDictionary<string, MemberSymbol> _byCode = FrozenDictionary<string, MemberSymbol>.Empty;

    internal BodySymbol(string name, string? title, Location? location, SyntaxNode? syntax)
        : base(name, location, syntax) => Title = title;

    /// <inheritdoc/>
    public override SymbolKind Kind => SymbolKind.Body;

    /// <summary>The descriptive title, if given.</summary>
    public string? Title { get; }

    /// <summary>Every member ever declared, in declaration order.</summary>
    public IReadOnlyList<MemberSymbol> Members { get; private set; } = [];

    /// <summary>The member with <paramref name="code"/>, or null.</summary>
    public MemberSymbol? FindMember(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The members whose membership covers <paramref name="date"/>.</summary>
    public IEnumerable<MemberSymbol> MembersOn(DateOnly date) => Members.Where(m => m.IsMemberOn(date));

    /// <summary>The members as an array, for the evaluator's loops.</summary>
    internal MemberSymbol[] MemberArray { get; private set; } = [];

    /// <summary>Sets the members and the table of them by code, which the body keeps and no one else changes.</summary>
    internal void SetMembers(List<MemberSymbol> members, Dictionary<string, MemberSymbol> byCode)
    {
        Members = members;
        MemberArray = [.. members];
        _byCode = byCode;
    }
}
