using System.Globalization;
using System.Text;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>A member of the body in a scenario.</summary>
public sealed record MemberData(string Code, DateOnly Joined, long Population = 0, bool Permanent = false);

/// <summary>A dated position.</summary>
public sealed record PositionData(string Member, DateOnly Date, string Stance, string? Unless = null);

/// <summary>A dated guarantee.</summary>
public sealed record GuaranteeData(string Matter, string Giver, string Receiver, string Form, DateOnly Date);

/// <summary>
/// One decision with its facts, defined once as data and rendered for each engine: as rule text for
/// NatoRules, and as the resolved state on the date (each member's position then, the guarantees
/// given by then) for Microsoft RulesEngine and NRules, which have no notion of dated facts.
/// </summary>
public sealed record Scenario(string Name, string Kind, MemberData[] Members, string Candidate, PositionData[] Positions, GuaranteeData[] Guarantees,
    DateOnly AsOf, bool ExpectedApproved)
{
    /// <summary>The day the proposal is put to the vote, if it is: from then on silence is absence.</summary>
    public DateOnly? Vote { get; init; }

    public string RuleText()
    {
        var text = new StringBuilder();
        text.Append("body B {\n");
        foreach (var m in Members)
            text.Append(CultureInfo.InvariantCulture,
                $"  member {m.Code} joined {m.Joined:yyyy-MM-dd} {(Kind == "imf" ? "weight" : "population")} {m.Population}{(m.Permanent ? " permanent" : "")};\n");
        text.Append("}\n");
        text.Append(Kind switch
        {
            "nato" => "decision D in B { require consensus; guarantees count when written and given by candidate; }\n",
            "eu" => "decision D in B { require at least 55% of members and at least 65% of population; blocking minority at least 4 members; }\n",
            "ga" => "decision D in B { quorum a majority of members; require at least 2/3 of members present and voting; }\n",
            "imf" => "decision D in B { require at least 85% of weight; }\n",
            _ => "decision D in B { require at least 9 supports and no veto from members where permanent; }\n",
        });
        text.Append(CultureInfo.InvariantCulture, $"matter M;\nfacts F for D {{\n  candidate {Candidate};\n");
        foreach (var p in Positions)
            text.Append(CultureInfo.InvariantCulture, $"  on {p.Date:yyyy-MM-dd}: {p.Member} {p.Stance} {Candidate}{(p.Unless is null ? "" : " unless guarantee " + p.Unless)};\n");
        foreach (var g in Guarantees)
            text.Append(CultureInfo.InvariantCulture, $"  guarantee {g.Matter} from {g.Giver} to {g.Receiver} {g.Form} on {g.Date:yyyy-MM-dd};\n");
        if (Vote is { } vote)
            text.Append(CultureInfo.InvariantCulture, $"  on {vote:yyyy-MM-dd}: vote {Candidate};\n");
        text.Append("}\n");
        return text.ToString();
    }

    public Compilation Compile()
    {
        var compilation = Compilation.Create([SyntaxTree.Parse(RuleText(), Name + ".rules")]);
        if (compilation.HasErrors)
            throw new InvalidOperationException(string.Join("\n", compilation.Diagnostics));
        return compilation;
    }

    /// <summary>The state on the date, as the peers take it.</summary>
    public DecisionInput Resolve() => new()
    {
        Candidate = Candidate,
        Members =
        [
            .. Members.Select(m =>
            {
                var latest = Positions.Where(p => p.Member == m.Code && p.Date <= AsOf).OrderBy(p => p.Date).LastOrDefault();
                return new MemberState
                {
                    Code = m.Code,
                    Counts = m.Joined <= AsOf,
                    Stance = latest?.Stance ?? "silent",
                    Unless = latest?.Unless,
                    Population = m.Population,
                    Permanent = m.Permanent,
                };
            }),
        ],
        Guarantees = [.. Guarantees.Where(g => g.Date <= AsOf).Select(g => new GuaranteeState { Matter = g.Matter, Giver = g.Giver, Receiver = g.Receiver, Form = g.Form })],
    };

    private static readonly string[] NatoCodes =
        ["BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA", "GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR",
         "EST", "LVA", "LTU", "ROU", "SVK", "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE"];

    private static Scenario Nato(DateOnly asOf, bool approved) => new(
        $"NATO SG {asOf:yyyy-MM-dd}", "nato",
        [.. NatoCodes.Select(c => new MemberData(c, c == "SWE" ? new DateOnly(2024, 3, 7) : new DateOnly(2004, 3, 29)))],
        "Rutte",
        [
            new("USA", new(2024, 2, 22), "supports"), new("GBR", new(2024, 2, 22), "supports"), new("FRA", new(2024, 2, 22), "supports"),
            new("DEU", new(2024, 2, 22), "supports"), new("TUR", new(2024, 1, 1), "objects"), new("TUR", new(2024, 4, 29), "supports"),
            new("HUN", new(2024, 1, 1), "objects", "M"),
        ],
        [new("M", "Rutte", "HUN", "written", new(2024, 6, 18))],
        asOf, approved);

    // Population: Eurostat, 1 January 2023, as in rules/eu/council.rules.
    private static readonly (string Code, long Population)[] Eu =
    [
        ("BEL", 11754004), ("DEU", 84358845), ("FRA", 68070697), ("ITA", 58850717), ("LUX", 660809), ("NLD", 17811291), ("DNK", 5932654),
        ("IRL", 5194336), ("GRC", 10394055), ("ESP", 48059777), ("PRT", 10467366), ("AUT", 9104772), ("FIN", 5563970), ("SWE", 10521556),
        ("CYP", 920701), ("CZE", 10827529), ("EST", 1365884), ("HUN", 9597085), ("LVA", 1883008), ("LTU", 2857279), ("MLT", 542051),
        ("POL", 36753736), ("SVK", 5428792), ("SVN", 2116792), ("BGR", 6447710), ("ROU", 19051562), ("HRV", 3850894),
    ];

    private static Scenario EuQmv(string name, string[] against, bool approved) => new(
        name, "eu",
        [.. Eu.Select(e => new MemberData(e.Code, new DateOnly(2013, 7, 1), e.Population))],
        "Act",
        [.. Eu.Select(e => new PositionData(e.Code, new(2024, 1, 1), against.Contains(e.Code) ? "objects" : "supports"))],
        [], new DateOnly(2024, 1, 2), approved);

    private static readonly string[] Permanent = ["CHN", "FRA", "RUS", "GBR", "USA"];
    private static readonly string[] Elected = ["DZA", "ECU", "GUY", "JPN", "MLT", "MOZ", "KOR", "SLE", "SVN", "CHE"];

    private static Scenario Unsc(string name, string[] against, string[] abstaining, bool approved) => new(
        name, "unsc",
        [.. Permanent.Select(c => new MemberData(c, new DateOnly(1945, 10, 24), Permanent: true)), .. Elected.Select(c => new MemberData(c, new DateOnly(2024, 1, 1)))],
        "Draft",
        [.. Permanent.Concat(Elected).Select(c => new PositionData(c, new(2024, 3, 25),
            against.Contains(c) ? "objects" : abstaining.Contains(c) ? "abstains" : "supports"))],
        [], new DateOnly(2024, 3, 25), approved);

    // A body of 193 members (synthetic codes) voting on a draft: `for` support, `against` object, `abstaining`
    // abstain, and the rest are absent when the vote is held.
    private static Scenario GeneralAssembly(string name, int @for, int against, int abstaining, bool approved) => new(
        name, "ga",
        [.. Enumerable.Range(1, 193).Select(i => new MemberData($"M{i:000}", new DateOnly(2011, 7, 14)))],
        "Draft",
        [.. Enumerable.Range(1, @for + against + abstaining).Select(i => new PositionData($"M{i:000}", new(2024, 5, 10),
            i <= @for ? "supports" : i <= @for + against ? "objects" : "abstains"))],
        [], new DateOnly(2024, 5, 10), approved) { Vote = new DateOnly(2024, 5, 10) };

    // A fund of 190 members with weighted votes (synthetic weights: member 1 holds 16.5% of the total, the rest from
    // 2% down), deciding by 85% of the total weight: every member supports but those in `against`.
    private static Scenario Fund(string name, int[] against, bool approved)
    {
        var weights = Enumerable.Range(1, 190).Select(i => i == 1 ? 0L : 1000L + 97 * (190 - i)).ToArray();
        weights[0] = weights.Sum() * 165 / 835; // 16.5% of the whole
        return new(name, "imf",
            [.. Enumerable.Range(1, 190).Select(i => new MemberData($"F{i:000}", new DateOnly(1945, 12, 27), weights[i - 1]))],
            "Decision",
            [.. Enumerable.Range(1, 190).Select(i => new PositionData($"F{i:000}", new(2024, 4, 1), against.Contains(i) ? "objects" : "supports"))],
            [], new DateOnly(2024, 4, 2), approved);
    }

    /// <summary>Every scenario the comparison runs, with the outcome each engine must give.</summary>
    public static IReadOnlyList<Scenario> All { get; } =
    [
        Nato(new DateOnly(2024, 6, 17), approved: false),
        Nato(new DateOnly(2024, 6, 26), approved: true),
        EuQmv("EU QMV, 3 large states against", ["DEU", "FRA", "ITA"], approved: true),
        EuQmv("EU QMV, 4 large states against", ["DEU", "FRA", "ITA", "ESP"], approved: false),
        Unsc("UNSC 2728, a permanent abstention", [], ["USA"], approved: true),
        Unsc("UNSC, one permanent veto", ["USA"], ["GBR"], approved: false),
        GeneralAssembly("UNGA, 143-9-25 of 193", 143, 9, 25, approved: true),
        GeneralAssembly("UNGA, 100-52-25, short of two thirds", 100, 52, 25, approved: false),
        Fund("Weighted 85%, the largest member against", [1], approved: false),
        Fund("Weighted 85%, ten small members against", [.. Enumerable.Range(181, 10)], approved: true),
    ];

    public static Scenario Find(string name) => All.Single(s => s.Name == name);

    /// <summary>Checks, before any timing, that the three engines agree with each other and with the expected outcome.</summary>
    public static void Verify()
    {
        var peers = new PeerEngines();
        foreach (var scenario in All)
        {
            var compilation = scenario.Compile();
            var decision = compilation.FindDecision("D")!;
            var candidate = compilation.FindCandidate(scenario.Candidate)!;
            var input = scenario.Resolve();
            var results = new Dictionary<string, bool>
            {
                ["NatoRules verdict"] = compilation.Evaluate(decision, candidate, scenario.AsOf).Outcome == Evaluation.Outcome.Approved,
                ["NatoRules bool"] = compilation.IsApproved(decision, candidate, scenario.AsOf),
                ["RulesEngine"] = peers.RulesEngineApproves(scenario.Kind, input),
                ["NRules"] = peers.NRulesApproves(scenario.Kind, input),
            };
            foreach (var (engine, approved) in results)
                if (approved != scenario.ExpectedApproved)
                    throw new InvalidOperationException($"{engine} says {(approved ? "approved" : "not approved")} for '{scenario.Name}'; expected {(scenario.ExpectedApproved ? "approved" : "not approved")}.");
        }
        Console.WriteLine($"All engines agree on all {All.Count} scenarios.");
    }
}
