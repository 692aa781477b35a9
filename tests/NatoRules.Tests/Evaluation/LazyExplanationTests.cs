using NatoRules.Binding;
using NatoRules.Evaluation;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Evaluation;

/// <summary>A verdict builds its explanation when first read, by evaluating again over the same facts.</summary>
public sealed class LazyExplanationTests
{
    private static readonly string[] Dates =
        ["2022-05-01", "2022-09-01", "2023-03-28", "2024-01-15", "2024-02-01", "2024-04-05", "2024-06-17", "2024-06-19", "2024-06-26", "2024-10-01"];

    [Test]
    public void An_explanation_built_when_read_is_the_one_built_with_the_verdict_for_every_shipped_decision()
    {
        var compilation = Rules.Library;
        var compared = 0;
        foreach (var decision in compilation.Decisions)
            foreach (var candidate in decision.Candidates)
                foreach (var date in Dates.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)))
                {
                    // The test runner's path builds the steps with the verdict; the public one builds them when read.
                    var eager = Evaluator.Evaluate(compilation.PlanOf(decision), candidate, date, compilation.FactBase, collectFactsUsed: true);
                    var later = compilation.Evaluate(decision, candidate, date);
                    compilation.Evaluate(decision, candidate, date.AddDays(-400));

                    later.Outcome.ShouldBe(eager.Outcome);
                    Dump(later.Explanation).ShouldBe(Dump(eager.Explanation), $"{decision.Name} for {candidate.Name} as of {date}");
                    compared++;
                }
        compared.ShouldBeGreaterThan(100);
    }

    [Test]
    public void Threads_reading_one_verdicts_explanation_at_once_all_get_the_same_tree()
    {
        var verdict = Rules.Library.Evaluate("SecretaryGeneral", "Rutte", "2024-06-17");
        var seen = new Explanation[8];
        using var start = new Barrier(seen.Length);
        var threads = Enumerable.Range(0, seen.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            seen[i] = verdict.Explanation;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        seen.ShouldAllBe(e => ReferenceEquals(e, seen[0]));
        seen[0].Result.ShouldBe("blocked");
    }

    [Test]
    public void A_verdict_builds_its_explanation_only_when_it_is_read()
    {
        // What this saves is measured in the benchmarks (DecisionBenchmarks: verdict with and without the explanation).
        var compilation = Rules.Library;
        var verdict = compilation.Evaluate(compilation.FindDecision("SecretaryGeneral")!, compilation.FindCandidate("Rutte")!, new DateOnly(2024, 6, 17));
        verdict.Blockers.Count.ShouldBe(2);
        verdict.ExplanationBuilt.ShouldBeFalse();
        _ = verdict.Explanation;
        verdict.ExplanationBuilt.ShouldBeTrue();
    }

    [Test]
    public void An_evaluation_begun_during_another_on_the_same_thread_gets_a_state_of_its_own()
    {
        // Explaining evaluates again; were that ever to happen inside an evaluation, it must not share the state in use.
        EvaluationState.Return(new EvaluationState()); // the thread has a cached state
        var outer = EvaluationState.Rent(EvaluationMode.Verdict(buildSteps: true, buildBlockers: true));
        var inner = EvaluationState.Rent(EvaluationMode.Boolean);
        inner.ShouldNotBeSameAs(outer);
        outer.BuildsSteps.ShouldBeTrue();
        inner.BuildsSteps.ShouldBeFalse();
        EvaluationState.Return(inner);
        EvaluationState.Return(outer);
        var again = EvaluationState.Rent(EvaluationMode.Boolean);
        again.ShouldBeSameAs(outer, "the state returned last is reused");
        again.Mode.ShouldBe(EvaluationMode.Boolean, "and it carries nothing of its last evaluation's mode");
        again.Thresholds.ShouldBeNull();
        EvaluationState.Return(again);
    }

    [Test]
    public void A_mode_used_for_a_part_of_an_evaluation_is_put_back_after_it()
    {
        var state = EvaluationState.Rent(EvaluationMode.Verdict(buildSteps: false, buildBlockers: true));
        using (state.Use(state.Mode with { BuildsSteps = true }))
            state.BuildsSteps.ShouldBeTrue();
        state.Mode.ShouldBe(EvaluationMode.Verdict(buildSteps: false, buildBlockers: true));
        EvaluationState.Return(state);
    }

    private static string Dump(Explanation step, int depth = 0) =>
        $"{new string(' ', depth * 2)}{step.Text}: {step.Result} [{step.Rule?.ToString()}] {{{string.Join(", ", step.Facts)}}}\n"
        + string.Concat(step.Children.Select(c => Dump(c, depth + 1)));
}
