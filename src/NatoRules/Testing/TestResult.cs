using NatoRules.Binding;
using NatoRules.Text;

namespace NatoRules.Testing;

/// <summary>One expectation of a test that did not hold: what was expected, what was found, and where.</summary>
/// <param name="Expected">The expectation in words.</param>
/// <param name="Actual">What the evaluation gave.</param>
/// <param name="Location">The <c>expect</c> statement.</param>
/// <param name="VerdictText">The verdict it was checked against.</param>
public sealed record ExpectationFailure(string Expected, string Actual, Location Location, string VerdictText);

/// <summary>The result of running one test written in the language.</summary>
/// <param name="Test">The test.</param>
/// <param name="Failures">The expectations that did not hold; empty when the test passed.</param>
/// <param name="Expectations">How many expectations the test checked.</param>
public sealed record TestResult(TestSymbol Test, IReadOnlyList<ExpectationFailure> Failures, int Expectations)
{
    /// <summary>Whether every expectation held.</summary>
    public bool Passed => Failures.Count == 0;

    /// <summary>The verdicts the expectations were checked against.</summary>
    public IReadOnlyList<Evaluation.Verdict> Verdicts { get; init; } = [];
}
