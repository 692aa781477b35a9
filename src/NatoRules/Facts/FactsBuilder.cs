using System.Globalization;
using System.Text;
using NatoRules.Text;

namespace NatoRules.Facts;

/// <summary>
/// Builds facts in code, for apps that hold them in their own objects. The result binds like a
/// <c>facts</c> block; its diagnostics point at a generated text with one line per fact.
/// </summary>
/// <example>
/// <code>
/// var facts = FactsBuilder.For("Live", "SecretaryGeneral")
///     .Candidate("Rutte", national: "NLD")
///     .Member("HUN").Objects("Rutte", on: new DateOnly(2024, 3, 1), unless: "UkraineOptOut")
///     .Guarantee("UkraineOptOut", from: "Rutte", to: "HUN", form: "written", on: new DateOnly(2024, 6, 18))
///     .Build();
/// </code>
/// </example>
public sealed class FactsBuilder
{
    private readonly string _name;
    private readonly string[] _decisions;
    private readonly List<(string Line, Action<FactsInput, Func<int, int, Location>> Add)> _facts = [];

    private FactsBuilder(string name, string[] decisions)
    {
        _name = name;
        _decisions = decisions;
    }

    /// <summary>Starts a set of facts named <paramref name="name"/> about <paramref name="decisions"/>.</summary>
    public static FactsBuilder For(string name, params string[] decisions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (decisions is null || decisions.Length == 0)
            throw new ArgumentException("Facts are about at least one decision.", nameof(decisions));
        return new FactsBuilder(name, decisions);
    }

    /// <summary>A candidate.</summary>
    public FactsBuilder Candidate(string name, string? national = null, DateOnly? declared = null, DateOnly? withdrawn = null, string? title = null) =>
        Add($"candidate {name}" + (national is null ? "" : $" national {national}") + Dated(" declared", declared) + Dated(" withdrawn", withdrawn) + ";",
            (input, at) => input.Candidates.Add(new CandidateInput(new NameInput(name, at(0, 0)), title, false,
                national is null ? null : new NameInput(national, at(0, 0)), Date(declared, at), Date(withdrawn, at), null)));

    /// <summary>A proposal.</summary>
    public FactsBuilder Proposal(string name, string? title = null) =>
        Add($"proposal {name};", (input, at) => input.Candidates.Add(new CandidateInput(new NameInput(name, at(0, 0)), title, true, null, null, null, null)));

    /// <summary>A matter guarantees can cover.</summary>
    public FactsBuilder Matter(string name, string? description = null) =>
        Add($"matter {name};", (input, at) => input.Matters.Add(new MatterInput(new NameInput(name, at(0, 0)), description, null)));

    /// <summary>Facts about one member: its positions and membership changes.</summary>
    public MemberFacts Member(string code)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        return new MemberFacts(this, code);
    }

    /// <summary>A guarantee given.</summary>
    public FactsBuilder Guarantee(string matter, string from, string to, string form, DateOnly on, string? description = null) =>
        Add($"guarantee {matter} from {from} to {to} {form} on {Iso(on)};",
            (input, at) => input.Guarantees.Add(new GuaranteeInput(new NameInput(matter, at(0, 0)), new NameInput(from, at(0, 0)),
                new NameInput(to, at(0, 0)), new NameInput(form, at(0, 0)), new DateInput(on, Iso(on), at(0, 0)), description, at(0, 0))));

    /// <summary>A candidate withdrawing.</summary>
    public FactsBuilder Withdraws(string candidate, DateOnly on) =>
        Add($"on {Iso(on)}: {candidate} withdraws;",
            (input, at) => input.Withdrawals.Add(new WithdrawalInput(new DateInput(on, Iso(on), at(0, 0)), new NameInput(candidate, at(0, 0)), at(0, 0))));

    /// <summary>The facts, ready to compile or to pass to an evaluation.</summary>
    public FactsDocument Build()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"facts {_name} for {string.Join(", ", _decisions)} {{\n");
        var lineStarts = new List<int>();
        foreach (var (line, _) in _facts)
        {
            text.Append("  ");
            lineStarts.Add(text.Length);
            text.Append(line).Append('\n');
        }
        text.Append("}\n");
        var source = SourceText.From(text.ToString(), $"{_name} (built in code)");
        var input = new FactsInput { Name = new NameInput(_name, new Location(source, new TextSpan(6, _name.Length))) };
        input.Decisions.AddRange(_decisions.Select(d => new NameInput(d, new Location(source, new TextSpan(0, 5)))));
        for (var i = 0; i < _facts.Count; i++)
        {
            var start = lineStarts[i];
            var length = _facts[i].Line.Length;
            _facts[i].Add(input, (_, _) => new Location(source, new TextSpan(start, length)));
        }
        return FactsDocument.FromInput(source, input);
    }

    internal FactsBuilder Add(string line, Action<FactsInput, Func<int, int, Location>> add)
    {
        _facts.Add((line, add));
        return this;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Dated(string keyword, DateOnly? date) => date is { } d ? $"{keyword} {Iso(d)}" : "";

    private static DateInput? Date(DateOnly? date, Func<int, int, Location> at) => date is { } d ? new DateInput(d, Iso(d), at(0, 0)) : null;
}

/// <summary>Facts about one member, in a <see cref="FactsBuilder"/> chain.</summary>
public sealed class MemberFacts
{
    private readonly FactsBuilder _builder;
    private readonly string _code;

    internal MemberFacts(FactsBuilder builder, string code)
    {
        _builder = builder;
        _code = code;
    }

    /// <summary>The member supports <paramref name="candidate"/> from <paramref name="on"/>; with <paramref name="if"/>, only once a guarantee on that matter is given.</summary>
    public FactsBuilder Supports(string candidate, DateOnly on, string? @if = null) => Position(Stance.Supports, candidate, on, null, @if);

    /// <summary>The member objects to <paramref name="candidate"/> from <paramref name="on"/>; with <paramref name="unless"/>, until a guarantee on that matter is given.</summary>
    public FactsBuilder Objects(string candidate, DateOnly on, string? unless = null) => Position(Stance.Objects, candidate, on, unless, null);

    /// <summary>
    /// The member abstains on <paramref name="candidate"/> from <paramref name="on"/>; with <paramref name="withDeclaration"/>, it
    /// qualifies its abstention by a formal declaration (a constructive abstention, <c>abstains C with declaration</c>).
    /// </summary>
    public FactsBuilder Abstains(string candidate, DateOnly on, bool withDeclaration = false) =>
        Position(Stance.Abstains, candidate, on, null, null, withDeclaration);

    /// <summary>The member joins its body on <paramref name="on"/>.</summary>
    public FactsBuilder Joins(DateOnly on) => Membership(true, on);

    /// <summary>The member leaves its body on <paramref name="on"/>.</summary>
    public FactsBuilder Leaves(DateOnly on) => Membership(false, on);

    private FactsBuilder Position(Stance stance, string candidate, DateOnly on, string? unless, string? onlyIf, bool declared = false)
    {
        var verb = stance switch { Stance.Supports => "supports", Stance.Objects => "objects", _ => "abstains" };
        var matter = unless ?? onlyIf;
        var condition = unless is not null ? $" unless guarantee {unless}" : onlyIf is not null ? $" if guarantee {onlyIf}" : "";
        var kind = unless is not null ? PositionConditionKind.Unless : onlyIf is not null ? PositionConditionKind.If : PositionConditionKind.None;
        var code = _code;
        return _builder.Add($"on {FactsBuilder.Iso(on)}: {code} {verb} {candidate}{(declared ? " with declaration" : "")}{condition};",
            (input, at) => input.Positions.Add(new PositionInput(new DateInput(on, FactsBuilder.Iso(on), at(0, 0)), new NameInput(code, at(0, 0)),
                stance, new NameInput(candidate, at(0, 0)), kind, matter is null ? null : new NameInput(matter, at(0, 0)), at(0, 0))
            {
                Declaration = declared ? at(0, 0) : null,
            }));
    }

    private FactsBuilder Membership(bool joins, DateOnly on)
    {
        var code = _code;
        return _builder.Add($"on {FactsBuilder.Iso(on)}: {code} {(joins ? "joins" : "leaves")};",
            (input, at) => input.MembershipChanges.Add(new MembershipInput(new DateInput(on, FactsBuilder.Iso(on), at(0, 0)), new NameInput(code, at(0, 0)), joins, at(0, 0))));
    }
}
