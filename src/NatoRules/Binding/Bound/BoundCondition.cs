using NatoRules.Evaluation;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding.Bound;

/// <summary>
/// A condition after binding: names resolved, numbers checked. <see cref="Evaluate"/> is the fast
/// path (no allocation); <see cref="Explain"/> also builds the explanation and collects blockers.
/// </summary>
internal abstract class BoundCondition(SyntaxNode syntax)
{
    private Location? _location;
    private string? _text;

    public SyntaxNode Syntax { get; } = syntax;

    // Both are asked for on every explained evaluation; the tree is immutable, so they are computed once.
    public Location Location => _location ??= Syntax.GetLocation();

    /// <summary>The condition as written, for explanations.</summary>
    public string Text => _text ??= Syntax.ToString();

    public abstract Truth Evaluate(EvaluationState state);

    /// <summary>The truth with the members that make it fail, and the step when the state builds steps.</summary>
    public abstract Explained Explain(EvaluationState state);

    /// <summary>Every node below this one, itself included, for coverage and analysis.</summary>
    public virtual IEnumerable<BoundCondition> DescendantsAndSelf() => [this];
}

/// <summary>
/// The result of explaining a condition: its truth, the step (null unless the state
/// <see cref="EvaluationState.BuildsSteps"/>), and the members that make it fail. A pending condition
/// also says whose positions it waits for (member indices) and what positions would meet it.
/// </summary>
internal readonly record struct Explained(Truth Truth, Explanation? Step, IReadOnlyList<Blocker> Blockers,
    IReadOnlyList<int>? Awaited = null, IReadOnlyList<UnblockOption>? Needs = null)
{
    /// <summary>The silent members among those <paramref name="includes"/> selects, by index: whose positions a pending condition waits for.</summary>
    public static List<int> SilentMembers(EvaluationState state, Func<EvaluationState, int, bool> includes)
    {
        var silent = new List<int>();
        for (var i = 0; i < state.Members.Length; i++)
            if (state.Stances[i] == Facts.Stance.Silent && includes(state, i))
                silent.Add(i);
        return silent;
    }
}
