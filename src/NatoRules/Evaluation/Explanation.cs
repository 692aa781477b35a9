using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>One step of the reasoning behind a verdict: what was checked, with what result, the rule it comes from and the facts it used.</summary>
public sealed class Explanation
{
    internal Explanation(string text, string result, Location? rule, IReadOnlyList<Location> facts, IReadOnlyList<Explanation> children)
    {
        Text = text;
        Result = result;
        Rule = rule;
        Facts = facts;
        Children = children;
    }

    /// <summary>What was checked, in words.</summary>
    public string Text { get; }

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
