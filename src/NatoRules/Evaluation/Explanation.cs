using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>One step of the reasoning behind a verdict: what was checked, with what result, the rule it comes from and the facts it used.</summary>
/// <remarks>The words are put together when first read, so a caller that reads only the outcome does not pay for them.</remarks>
public class Explanation
{
    private string? _text;

    // Fixed words (most steps' own condition text).
    internal Explanation(string text, string result, Location? rule, IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children)
        : this(result, rule, facts, children) => _text = text;

    private protected Explanation(string result, Location? rule, IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children)
    {
        Result = result;
        Rule = rule;
        Facts = facts;
        Children = children;
    }

    /// <summary>
    /// A step whose words <paramref name="words"/> makes from <paramref name="values"/> when first read:
    /// values that do not change (never the pooled evaluation state), held in the step itself, and a
    /// static lambda, so a step is one object, not a step, a closure and a delegate.
    /// </summary>
    internal static Explanation Of<TValues>(TValues values, Func<TValues, string> words, string result, Location? rule,
        IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children) =>
        new Worded<TValues>(values, words, result, rule, facts, children);

    private protected virtual string MakeText() => throw new InvalidOperationException("The words were given.");

    /// <summary>What was checked, in words.</summary>
    public string Text => _text ??= MakeText();

    /// <summary><c>met</c>, <c>not met</c> or <c>pending</c> (or a fact's own result).</summary>
    public string Result { get; }

    /// <summary>The rule clause or condition this step evaluates.</summary>
    public Location? Rule { get; }

    /// <summary>The facts this step used.</summary>
    public IReadOnlyList<Location> Facts { get; }

    /// <summary>The steps this one rests on.</summary>
    public IReadOnlyList<Explanation> Children { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Text}: {Result}";

    private sealed class Worded<TValues>(TValues values, Func<TValues, string> words, string result, Location? rule,
        IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children) : Explanation(result, rule, facts, children)
    {
        private protected override string MakeText() => words(values);
    }
}
