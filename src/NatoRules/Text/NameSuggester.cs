namespace NatoRules.Text;

/// <summary>Finds the known name closest to a misspelt one, for "did you mean" help.</summary>
/// <remarks>
/// Its cost is bounded whatever the input: names longer than <see cref="MaxLength"/> get no
/// suggestion, and a known name whose length alone puts it too far away is not compared.
/// </remarks>
internal static class NameSuggester
{
    /// <summary>The longest name a suggestion is looked for, or offered.</summary>
    internal const int MaxLength = 64;

    public static string? Suggest(string name, IEnumerable<string> known)
    {
        if (name.Length > MaxLength)
            return null;
        // A distance counts one more than the edits, so that a match ignoring case (0) beats one edit.
        var allowed = Math.Max(2, name.Length / 3) + 1;
        var upper = name.ToUpperInvariant();
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            // The edits are at least the difference in length.
            if (candidate.Length > MaxLength || Math.Abs(candidate.Length - name.Length) + 1 > allowed)
                continue;
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)
                ? 0
                : Distance(upper, candidate.ToUpperInvariant()) + 1;
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best is not null && bestDistance <= allowed ? best : null;
    }

    public static string? Help(string name, IEnumerable<string> known) =>
        Suggest(name, known) is { } suggestion ? $"did you mean '{suggestion}'?" : null;

    /// <summary>The name a <see cref="Help"/> text suggests, or null: what an editor's quick fix puts in its place.</summary>
    public static string? SuggestionOf(string? help) =>
        help is { Length: > 16 } && help.StartsWith("did you mean '", StringComparison.Ordinal) && help.EndsWith("'?", StringComparison.Ordinal)
            ? help["did you mean '".Length..^2]
            : null;

    // Optimal string alignment distance: Levenshtein plus adjacent transpositions, in three rows
    // (both strings are at most MaxLength long).
    private static int Distance(string a, string b)
    {
        Span<int> before = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}
