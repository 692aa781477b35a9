namespace NatoRules.Binding;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" help.</summary>
internal static class NameSuggester
{
    public static string? Suggest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(name.ToUpperInvariant(), candidate.ToUpperInvariant()) + 1;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        var allowed = Math.Max(2, name.Length / 3) + 1;
        return best is not null && bestDistance <= allowed ? best : null;
    }

    public static string? Help(string name, IEnumerable<string> known) =>
        Suggest(name, known) is { } suggestion ? $"did you mean '{suggestion}'?" : null;

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions.
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
