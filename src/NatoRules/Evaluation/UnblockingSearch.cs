using NatoRules.Binding;
using NatoRules.Binding.Bound;
using NatoRules.Facts;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>One change of a set that approves: the option, and the fact that would state it.</summary>
/// <param name="Option">The option, as the verdict lists it.</param>
/// <param name="Fact">The fact in the rule language, such as <c>on 2024-06-17: ROU supports Rutte;</c>.</param>
public sealed record UnblockingChange(UnblockOption Option, string Fact);

/// <summary>A smallest combination of changes that together make the outcome approved: none of them can be left out.</summary>
/// <param name="Changes">The changes, in the order of the verdict's options.</param>
public sealed record UnblockingSet(IReadOnlyList<UnblockingChange> Changes)
{
    /// <summary>The members the changes touch: those that change position or receive a guarantee.</summary>
    public IReadOnlyList<MemberSymbol> Members { get; } = [.. Changes.Select(c => c.Option.Member).OfType<MemberSymbol>().Distinct()];

    /// <summary>The changes in words, joined: <c>a guarantee on UkraineOptOut to HUN ..., and Iohannis withdraws</c>.</summary>
    public override string ToString() => string.Join(", and ", Changes.Select(c => c.Option.Description));
}

/// <summary>
/// Searches the smallest sets of a verdict's options that together approve: each option as the fact it would add (a member
/// supporting, a guarantee given in a form the decision accepts, a rival withdrawing) on the verdict's date, every
/// combination of one, then two, then more options evaluated on the boolean path, and a set kept when no smaller one it
/// holds approves. Ranked by size, then by how many members they touch.
/// </summary>
internal static class UnblockingSearch
{
    /// <summary>The most options combined, and the most combinations tried: the search stays bounded whatever the verdict.</summary>
    private const int MaxSize = 4, MaxCombinations = 5_000, MaxOptions = 12;

    public static IReadOnlyList<UnblockingSet> Find(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf, FactBase facts,
        IEnumerable<UnblockOption> options, long maxSteps)
    {
        var changes = new List<(UnblockingChange Change, Func<FactBase, FactBase> Apply)>();
        foreach (var option in options)
            if (changes.Count < MaxOptions && Change(plan, candidate, asOf, option) is { } change && !changes.Any(c => c.Change.Fact == change.Change.Fact))
                changes.Add(change);
        var found = new List<int[]>();
        var tried = 0;
        for (var size = 1; size <= Math.Min(MaxSize, changes.Count) && tried < MaxCombinations; size++)
        {
            foreach (var combination in Combinations(changes.Count, size))
            {
                if (++tried > MaxCombinations)
                    break;
                if (found.Any(smaller => smaller.All(combination.Contains)))
                    continue;
                var changed = facts;
                foreach (var index in combination)
                    changed = changes[index].Apply(changed);
                if (Evaluator.IsApproved(plan, candidate, asOf, changed, maxSteps))
                    found.Add(combination);
            }
        }
        return [.. found.Select(c => new UnblockingSet([.. c.Select(i => changes[i].Change)]))
            .OrderBy(s => s.Changes.Count).ThenBy(s => s.Members.Count)];
    }

    private static IEnumerable<int[]> Combinations(int count, int size)
    {
        var indices = Enumerable.Range(0, size).ToArray();
        while (true)
        {
            yield return (int[])indices.Clone();
            var i = size - 1;
            while (i >= 0 && indices[i] == count - size + i)
                i--;
            if (i < 0)
                yield break;
            indices[i]++;
            for (var j = i + 1; j < size; j++)
                indices[j] = indices[j - 1] + 1;
        }
    }

    // The fact an option would add, and how to add it; null for an option that is no single fact (more support for a threshold).
    private static (UnblockingChange Change, Func<FactBase, FactBase> Apply)? Change(DecisionPlan plan, CandidateSymbol candidate, DateOnly asOf,
        UnblockOption option)
    {
        var day = Dates.Iso(asOf);
        var location = plan.Decision.Location!;
        switch (option.Kind)
        {
            case UnblockKind.ChangeOfPosition or UnblockKind.MoreSupport when option.Member is { } member
                                                                             && option.Words is not UnblockOption.OptionWords.MoreSupport:
                var support = new PositionFact(member, candidate, asOf, Stance.Supports, PositionConditionKind.None, null, location);
                return (new UnblockingChange(option, $"on {day}: {member.Name} supports {candidate.Name};"), f => f.WithPosition(support, replaceAll: false));
            case UnblockKind.RivalWithdrawal when option.Subject is string rivalName
                                                 && plan.Decision.Candidates.FirstOrDefault(c => c.Name == rivalName) is { } rival:
                return (new UnblockingChange(option, $"on {day}: {rival.Name} withdraws;"), f => f.WithWithdrawal(rival, asOf));
            case UnblockKind.Guarantee when option is { Member: { } receiver, Matter: { } matter }:
                // A guarantee from the candidate in a form the decision accepts: a form its policy names, or `written`.
                foreach (var form in Forms(plan.Decision.GuaranteePolicy).Append("written").Distinct())
                {
                    var guarantee = new GuaranteeFact(matter, candidate.Name, candidate, receiver, form, asOf, null, location);
                    if (plan.AcceptsGuarantee(guarantee, candidate))
                        return (new UnblockingChange(option, $"guarantee {matter.Name} from {candidate.Name} to {receiver.Name} {form} on {day};"),
                            f => f.WithGuarantee(guarantee));
                }
                return null;
            default:
                return null;
        }
    }

    private static IEnumerable<string> Forms(BoundGuaranteeCondition? policy) => policy switch
    {
        BoundGuaranteeForm form => [form.Form],
        BoundGuaranteeComposite { Operator: not '!' } composite => composite.Operands.SelectMany(Forms),
        _ => [],
    };
}
