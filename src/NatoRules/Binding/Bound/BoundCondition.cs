using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Binding.Bound;

/// <summary>
/// A condition after binding: names resolved, numbers checked, as plain immutable data with its
/// syntax. Nothing here evaluates: <c>Evaluation</c> lowers bound conditions to an evaluation plan.
/// </summary>
internal abstract record BoundCondition(SyntaxNode Syntax)
{
    /// <summary>Where the condition is written.</summary>
    public Location Location => Syntax.GetLocation();

    /// <summary>The condition as written.</summary>
    public string Text => Syntax.ToString();

    /// <summary>Every node below this one, itself included, for coverage and analysis.</summary>
    public virtual IEnumerable<BoundCondition> DescendantsAndSelf() => [this];
}
