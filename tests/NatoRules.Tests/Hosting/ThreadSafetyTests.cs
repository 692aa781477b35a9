using NatoRules.Hosting;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Hosting;

public sealed class ThreadSafetyTests
{
    [Test]
    public void Eight_threads_evaluating_one_rule_set_get_exactly_the_sequential_results()
    {
        var compilation = Rules.Library;
        var cases = (from decision in compilation.Decisions
                     from candidate in decision.Candidates
                     from offset in Enumerable.Range(0, 20)
                     select (decision, candidate, date: new DateOnly(2022, 5, 1).AddDays(offset * 53))).ToArray();
        string Describe(int i)
        {
            var (decision, candidate, date) = cases[i % cases.Length];
            var verdict = compilation.Evaluate(decision, candidate, date);
            return $"{verdict.Outcome}:{string.Join(",", verdict.BlockerCodes())}:{verdict.Tallies}:{verdict.Thresholds.Count}";
        }
        var expected = Enumerable.Range(0, cases.Length).Select(Describe).ToArray();

        const int Threads = 8, PerThread = 100_000;
        var mismatches = new int[Threads];
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            for (var i = 0; i < PerThread; i++)
            {
                var index = (i * 7 + t) % cases.Length;
                var (decision, candidate, date) = cases[index];
                // Most of the load on the allocation-free path, a share on full verdicts.
                var same = i % 16 == 0
                    ? Describe(index) == expected[index]
                    : compilation.IsApproved(decision, candidate, date) == expected[index].StartsWith("Approved", StringComparison.Ordinal);
                if (!same)
                    mismatches[t]++;
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        mismatches.ShouldAllBe(m => m == 0);
    }
}
