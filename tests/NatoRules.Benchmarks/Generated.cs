using System.Globalization;
using System.Text;

namespace NatoRules.Benchmarks;

/// <summary>Generates large rule files: a body of many members, and facts with many dated positions. Seeded, so every run is the same.</summary>
public static class Generated
{
    /// <summary>Rule text of about <paramref name="bytes"/> bytes: <paramref name="members"/> members, 100 candidates, dated positions up to the size.</summary>
    public static string RuleFile(int bytes, int members = 2000)
    {
        var random = new Random(20240618);
        var text = new StringBuilder(bytes + 1024);
        text.Append("body B {\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  member M{i:000000} \"Member {i}\" joined 2000-01-01 population {random.Next(1, 10_000_000)};\n");
        text.Append("}\ndecision D in B { require consensus and at least 50% of members; }\nfacts F for D {\n");
        for (var c = 0; c < 100; c++)
            text.Append(CultureInfo.InvariantCulture, $"  candidate C{c};\n");
        var used = new HashSet<(int, int, int)>();
        string[] stances = ["supports", "objects", "abstains"];
        while (text.Length < bytes)
        {
            var member = random.Next(members);
            var candidate = random.Next(100);
            var day = random.Next(5000);
            if (!used.Add((member, candidate, day)))
                continue;
            var date = new DateOnly(2010, 1, 1).AddDays(day);
            text.Append(CultureInfo.InvariantCulture, $"  on {date:yyyy-MM-dd}: M{member:000000} {stances[random.Next(3)]} C{candidate};\n");
        }
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A consensus decision over <paramref name="members"/> members, each with one position on the candidate.</summary>
    public static string Consensus(int members)
    {
        var text = new StringBuilder();
        text.Append("body B {\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  member M{i:000000} joined 2000-01-01;\n");
        text.Append("}\ndecision D in B { require consensus and at least 50% of members; }\nfacts F for D {\n  candidate X;\n");
        for (var i = 0; i < members; i++)
            text.Append(CultureInfo.InvariantCulture, $"  on 2020-01-01: M{i:000000} {(i % 7 == 0 ? "abstains" : "supports")} X;\n");
        text.Append("}\n");
        return text.ToString();
    }
}
