using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>One step of the reasoning behind a verdict: what was checked, with what result, the rule it comes from and the facts it used.</summary>
/// <remarks>The words are put together when first read, so a caller that reads only the outcome does not pay for them.</remarks>
public sealed class Explanation
{
    private string? _text;
    private readonly Func<string> _makeText;

    // Fixed words (most steps' own condition text) need no closure: they are set, and the maker is never called.
    internal Explanation(string text, string result, Location? rule, IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children)
        : this(Fixed, result, rule, facts, children) => _text = text;

    private static readonly Func<string> Fixed = static () => throw new InvalidOperationException("The words were given.");

    // `text` makes the words from values that do not change, never from the pooled evaluation state.
    internal Explanation(Func<string> text, string result, Location? rule, IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children)
    {
        _makeText = text;
        Result = result;
        Rule = rule;
        Facts = facts;
        Children = children;
    }

    /// <summary>What was checked, in words.</summary>
    public string Text => _text ??= _makeText();

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
}
