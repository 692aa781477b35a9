namespace NatoRules.Fuzz;

/// <summary>
/// Delta debugging (Zeller's ddmin) over the mutated file's lines, then its characters: the
/// smallest input found that still gives a finding of the same signature.
/// </summary>
public static class Minimizer
{
    private const int MaxAttempts = 2_000;

    /// <summary>The finding with its input minimized, for a crash or a violation; other kinds are kept as found.</summary>
    public static Finding Minimize(Finding finding, CampaignOptions options)
    {
        if (finding.Kind is not ("crash" or "violation"))
            return finding;
        var attempts = 0;
        var best = finding;
        bool Reproduces(string text)
        {
            if (attempts++ >= MaxAttempts)
                return false;
            var candidate = Campaign.CheckOne(best.Input.WithMutated(text), options);
            if (candidate.Signature != finding.Signature)
                return false;
            best = candidate;
            return true;
        }
        var lines = Split(finding.Input.Mutated.Text, byLine: true);
        lines = DeltaDebug(lines, parts => Reproduces(string.Concat(parts)));
        var characters = Split(string.Concat(lines), byLine: false);
        DeltaDebug(characters, parts => Reproduces(string.Concat(parts)));
        return best;
    }

    private static List<string> Split(string text, bool byLine)
    {
        if (!byLine)
            return [.. text.Select(c => c.ToString())];
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n')
            {
                parts.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length)
            parts.Add(text[start..]);
        return parts;
    }

    private static List<string> DeltaDebug(List<string> parts, Func<List<string>, bool> fails)
    {
        var granularity = 2;
        while (parts.Count >= 2)
        {
            var chunk = (int)Math.Ceiling(parts.Count / (double)granularity);
            var reduced = false;
            for (var start = 0; start < parts.Count; start += chunk)
            {
                var complement = parts.Take(start).Concat(parts.Skip(start + chunk)).ToList();
                if (complement.Count > 0 && fails(complement))
                {
                    parts = complement;
                    granularity = Math.Max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (reduced)
                continue;
            if (granularity >= parts.Count)
                break;
            granularity = Math.Min(granularity * 2, parts.Count);
        }
        return parts;
    }
}
