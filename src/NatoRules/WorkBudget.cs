using NatoRules.Syntax;

namespace NatoRules;

/// <summary>
/// The steps one compilation may take: binding (a step per declaration, statement and condition
/// node) and the run of its tests (each what-if's copy of the facts, and every step of their
/// evaluations), so that no file within the other limits can keep the machine busy for long.
/// </summary>
internal sealed class WorkBudget(long limit)
{
    /// <summary>The default budget: about 15 s of evaluation on a small machine; real rule libraries use a few million.</summary>
    public const long DefaultLimit = 1_000_000_000;

    public long Limit { get; } = limit;

    public long Spent { get; private set; }

    public long Left => Math.Max(0, Limit - Spent);

    /// <summary>Spends <paramref name="steps"/>; throws <see cref="Exhausted"/> once more are spent than the limit.</summary>
    public void Spend(long steps, SyntaxNode? at)
    {
        Spent += steps;
        if (Spent > Limit)
            throw new Exhausted(at);
    }

    /// <summary>The budget ran out at <see cref="At"/> (the node being bound, or null in a test run).</summary>
    public sealed class Exhausted(SyntaxNode? at) : Exception
    {
        public SyntaxNode? At { get; } = at;
    }
}
