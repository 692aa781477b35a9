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
/// <see cref="EvaluationState.BuildsSteps"/>), and the members that make it fail.
/// </summary>
internal readonly record struct Explained(Truth Truth, Explanation? Step, IReadOnlyList<Blocker> Blockers);
