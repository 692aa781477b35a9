using NatoRules.Binding;
using NatoRules.Evaluation;

namespace NatoRules.Testing;

/// <summary>Checks a test's expectation against the verdict it is about.</summary>
internal static class ExpectationCheck
{
    /// <summary>Null when the verdict meets the expectation; otherwise what was expected and what was found.</summary>
    public static (string Expected, string Actual)? Check(TestExpectation expectation, Verdict verdict) => expectation switch
    {
        OutcomeExpectation outcome => Check(outcome, verdict),
        UnblockExpectation unblock => Check(unblock, verdict),
        TallyExpectation tally => Check(tally, verdict),
        RequiredExpectation required => Check(required, verdict),
        _ => throw new ArgumentException($"Unknown expectation {expectation.GetType().Name}.", nameof(expectation)),
    };

    private static (string, string)? Check(OutcomeExpectation expectation, Verdict verdict)
    {
        var actualOutcome = verdict.Outcome.ToText();
        var outcomeMatches = actualOutcome == expectation.Outcome;
        // `is pending by M` names whom a pending verdict waits for; `is blocked by M` the members that block.
        var named = Named(verdict);
        var blockers = expectation.Blockers;
        var blockersMatch = blockers is null || blockers.Select(m => m.Name).ToHashSet().SetEquals(named.Select(m => m.Name));
        if (outcomeMatches && blockersMatch)
            return null;
        var expected = expectation.Outcome + (blockers is null ? "" : " by " + Members(blockers));
        var actual = actualOutcome + (named.Count > 0 || blockers is not null ? " by " + Members(named) : "");
        return (expected, actual);
    }

    private static List<MemberSymbol> Named(Verdict verdict)
    {
        if (verdict.Outcome == Outcome.Pending)
            return [.. verdict.Awaiting];
        var members = new List<MemberSymbol>(verdict.Blockers.Count);
        foreach (var blocker in verdict.Blockers)
            if (blocker.Member is { } member)
                members.Add(member);
        return members;
    }

    private static (string, string)? Check(UnblockExpectation expectation, Verdict verdict)
    {
        var options = verdict.Unblock.ToList();
        var found = expectation.Matter is { } matter
            ? options.Any(o => o.Kind == UnblockKind.Guarantee && ReferenceEquals(o.Matter, matter))
            : options.Any(o => o.Kind != UnblockKind.Guarantee && ReferenceEquals(o.Member, expectation.Member));
        if (found)
            return null;
        var expected = expectation.Matter is not null ? $"unblocked by guarantee {expectation.Matter.Name}" : $"unblocked by {expectation.Member!.Name}";
        var actual = options.Count == 0 ? "nothing to unblock" : string.Join("; ", options.Select(o => o.Description));
        return (expected, actual);
    }

    private static (string, string)? Check(TallyExpectation expectation, Verdict verdict)
    {
        var tallies = verdict.Tallies;
        long actual = expectation.Tally switch
        {
            "supports" => tallies.Supports,
            "objections" => tallies.Objections,
            "abstentions" => tallies.Abstentions,
            "absent" => tallies.Absent,
            "present" => tallies.Present,
            "silent" => tallies.Silent,
            "notsitting" => tallies.NotSitting,
            _ => tallies.NonMembers,
        };
        return actual == expectation.Count ? null : ($"{expectation.Count} {expectation.Tally}", $"{actual} {expectation.Tally}");
    }

    // The first threshold of the requirements (a quorum's only when the decision has no other), as the verdict recorded it.
    private static (string, string)? Check(RequiredExpectation expectation, Verdict verdict)
    {
        var thresholds = verdict.Thresholds;
        var first = thresholds.FirstOrDefault(t => !t.IsQuorum) ?? thresholds.FirstOrDefault();
        if (first is null)
            return ($"needs {expectation.Count}", "no threshold was evaluated");
        return first.Required == expectation.Count ? null : ($"needs {expectation.Count}", $"needs {first.Required:0.##} ({first.Description})");
    }

    private static string Members(IEnumerable<MemberSymbol> members) =>
        string.Join(", ", members.Select(m => m.Name).Distinct().Order(StringComparer.Ordinal)) is { Length: > 0 } list ? list : "nobody";
}
