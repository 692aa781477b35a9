using System.Globalization;
using System.Text;

namespace NatoRules.Fuzz;

/// <summary>
/// Programs generated from the language's grammar (docs/language.md): mostly valid, with names that
/// sometimes miss, so that binding, evaluation and the test runner are reached, not just the parser.
/// </summary>
internal static class Grammar
{
    private static readonly string[] Codes = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"];
    private static readonly string[] Flags = ["founder", "permanent", "signatory", "eu"]; // not `veto`, a keyword: a flag of that name is a syntax error

    public static string Program(Random random)
    {
        var b = new StringBuilder();
        var members = Codes.Take(random.Next(1, Codes.Length + 1)).ToArray();
        b.Append("body B {\n");
        var chair = random.Next(4) == 0 ? random.Next(members.Length) : -1;
        for (var m = 0; m < members.Length; m++)
        {
            var code = members[m];
            b.Append(m == chair ? "  chair " : "  member ").Append(code);
            if (random.Next(3) == 0)
                b.Append(" \"").Append(code.ToLowerInvariant()).Append('"');
            if (random.Next(2) == 0)
                b.Append(" joined ").Append(Date(random));
            if (random.Next(6) == 0)
                b.Append(" left ").Append(Date(random));
            if (random.Next(5) == 0)
                b.Append(" term ").Append(Date(random)).Append(" to ").Append(Date(random));
            if (random.Next(3) == 0)
                b.Append(' ').Append(Pick(random, Flags));
            if (random.Next(4) == 0)
                b.Append(" population ").Append(random.Next(0, 1_000_000));
            b.Append(";\n");
        }
        b.Append("}\n");
        var rules = random.Next(0, 4);
        for (var i = 0; i < rules; i++)
            b.Append("rule R").Append(i).Append(" = ").Append(Condition(random, depth: 0, rules)).Append(";\n");
        b.Append("matter M \"a matter\";\n");
        b.Append("decision D in B {\n");
        var clauses = random.Next(1, 4);
        for (var i = 0; i < clauses; i++)
            b.Append("  require ").Append(Condition(random, depth: 0, rules)).Append(";\n");
        if (random.Next(3) == 0)
            b.Append("  eligible when ").Append(Condition(random, depth: 2, rules)).Append(";\n");
        if (random.Next(3) == 0)
            b.Append("  guarantees count when written and given by candidate;\n");
        if (random.Next(5) == 0)
            b.Append("  blocking minority at least ").Append(random.Next(0, 8)).Append(" members;\n");
        if (random.Next(6) == 0)
            b.Append("  tie ").Append(Pick(random, ["fails", "broken by chair"])).Append(";\n");
        if (random.Next(5) == 0)
            b.Append("  quorum ").Append(Pick(random, ["a majority of members", "at least 2/3 of members", $"at least {random.Next(0, 8)} members"])).Append(";\n");
        b.Append("}\n");
        b.Append("facts F for D {\n");
        b.Append("  candidate P \"p\"");
        if (random.Next(2) == 0)
            b.Append(" national ").Append(Pick(random, members));
        if (random.Next(4) == 0)
            b.Append(" withdrawn ").Append(Date(random));
        b.Append(";\n  proposal Q;\n");
        var facts = random.Next(0, 12);
        for (var i = 0; i < facts; i++)
            b.Append("  on ").Append(Date(random)).Append(": ").Append(Event(random, members)).Append(";\n");
        b.Append("}\n");
        var tests = random.Next(0, 3);
        for (var i = 0; i < tests; i++)
        {
            b.Append("test \"t").Append(i).Append("\" {\n  as of ").Append(Date(random)).Append(";\n");
            if (random.Next(2) == 0)
                b.Append("  with ").Append(Event(random, members)).Append(";\n");
            if (random.Next(4) == 0)
                b.Append("  without guarantee M;\n");
            b.Append("  expect D for ").Append(random.Next(2) == 0 ? "P" : "Q").Append(' ').Append(Expectation(random, members)).Append(";\n}\n");
        }
        return b.ToString();
    }

    private static string Condition(Random random, int depth, int rules)
    {
        if (depth < 3 && random.Next(3) == 0)
        {
            return random.Next(4) switch
            {
                0 => $"{Condition(random, depth + 1, rules)} and {Condition(random, depth + 1, rules)}",
                1 => $"{Condition(random, depth + 1, rules)} or {Condition(random, depth + 1, rules)}",
                2 => $"not ({Condition(random, depth + 1, rules)})",
                _ => $"{Pick(random, ["all", "any"])}({Condition(random, depth + 1, rules)}, {Condition(random, depth + 1, rules)})",
            };
        }
        return random.Next(11) switch
        {
            0 => "consensus" + (random.Next(2) == 0 ? " of " + Selector(random) : "") + (random.Next(4) == 0 ? $" minus {random.Next(0, 4)}" : ""),
            1 => "unanimity" + (random.Next(2) == 0 ? " of " + Selector(random) : "") + Pick(random, ["", " abstention allowed", " abstention breaks"]),
            2 => "no veto" + (random.Next(2) == 0 ? " from " + Selector(random) : ""),
            3 => "no backing of rivals",
            4 => $"{Pick(random, ["at least", "more than"])} {random.Next(0, 8)} supports",
            5 => $"{Pick(random, ["at least", "more than"])} {Share(random)} of {Pick(random, ["members", "population", "weight", "members present", "members present and voting", "votes cast", "votes cast by weight"])}"
                 + Pick(random, ["", "", "", " against"]),
            9 => "a majority of " + Pick(random, ["members", "votes cast", "members present and voting", "members present"]),
            6 => "candidate is " + Pick(random, ["", "not "]) + Pick(random, ["withdrawn", "national of member"]),
            7 => "given by " + Pick(random, ["candidate", "AAA", "ZZZ"]),
            8 when rules > 0 => "R" + random.Next(rules + 1),
            _ => "consensus",
        };
    }

    // A percentage, a fraction (now and then one that is no share), or half.
    private static string Share(Random random) => random.Next(4) switch
    {
        0 => $"{random.Next(0, 101)}%",
        1 => "half",
        2 when random.Next(10) == 0 => $"{random.Next(1, 5)}/{random.Next(0, 3)}",
        _ => random.Next(1, 9) is var d ? $"{random.Next(0, d + 1)}/{d}" : "",
    };

    private static string Selector(Random random)
    {
        var b = new StringBuilder("members");
        if (random.Next(2) == 0)
            b.Append(" where ").Append(random.Next(3) == 0 ? "not " : "").Append(Pick(random, Flags));
        if (random.Next(2) == 0)
            b.Append(" on ").Append(Date(random));
        if (random.Next(2) == 0)
            b.Append(" except ").Append(Pick(random, ["candidate", "AAA", "ZZZ"]));
        return b.ToString();
    }

    private static string Event(Random random, string[] members)
    {
        var who = string.Join(", ", members.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Pick(random, members)));
        return random.Next(10) switch
        {
            < 5 => $"{who} {Pick(random, ["supports", "objects", "abstains"])} {Pick(random, ["P", "Q", "X"])}"
                   + Pick(random, ["", "", " unless guarantee M", " if guarantee M"]),
            5 => $"{who} {Pick(random, ["joins", "leaves"])}",
            6 => "P withdraws",
            7 => $"{who} absent from {Pick(random, ["P", "Q", "X"])}",
            8 => $"vote {Pick(random, ["", "P ", "Q "])}" + (random.Next(2) == 0 ? ""
                : string.Join(", ", new[] { "supports", "objects", "abstains", "absent" }.Where(_ => random.Next(2) == 0).Select(v => $"{random.Next(0, 9)} {v}"))),
            _ => $"guarantee M from P to {Pick(random, members)} written on {Date(random)}",
        };
    }

    private static string Expectation(Random random, string[] members) => random.Next(5) switch
    {
        0 => "is " + Pick(random, ["approved", "blocked", "pending", "ineligible", "rejected"]),
        1 => "is blocked by " + Pick(random, members),
        2 => "unblocked by " + Pick(random, ["guarantee M", members[0]]),
        3 => $"has {random.Next(0, 7)} {Pick(random, ["supports", "absent", "present"])}",
        4 when random.Next(3) == 0 => $"needs {random.Next(0, 7)}",
        _ => "is pending by " + Pick(random, members),
    };

    private static string Date(Random random) => random.Next(20) switch
    {
        0 => "0001-01-01",
        1 => "9999-12-31",
        _ => new DateOnly(2020, 1, 1).AddDays(random.Next(0, 2_000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
