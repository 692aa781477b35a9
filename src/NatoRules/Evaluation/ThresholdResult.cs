using NatoRules.Binding.Bound;
using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>A threshold with the numbers computed for it.</summary>
/// <remarks>The numbers in words are put together when first read.</remarks>
public sealed record ThresholdResult
{
    // The evaluator's results keep what their words need, not a closure: the words are made only if read.
    private string? _text;
    private readonly ThresholdPlan? _threshold;
    private readonly decimal _of;
    private readonly int _withholding;
    private readonly int? _minority;

    /// <summary>Creates a threshold result.</summary>
    /// <param name="description">The threshold as written, such as <c>at least 55% of members</c>.</param>
    /// <param name="met">Whether it is met (including when deemed met).</param>
    /// <param name="deemedMet">Whether it is met only because no blocking minority formed.</param>
    /// <param name="actual">The count or sum reached.</param>
    /// <param name="required">The count or sum required.</param>
    /// <param name="text">The numbers in words, such as <c>14 of 15 required states</c>.</param>
    /// <param name="location">The rule clause.</param>
    public ThresholdResult(string description, bool met, bool deemedMet, decimal actual, decimal required, string text, Location? location)
        : this(description, met, deemedMet, actual, required, location) => _text = text;

    private ThresholdResult(string description, bool met, bool deemedMet, decimal actual, decimal required, Location? location)
    {
        Description = description;
        Met = met;
        DeemedMet = deemedMet;
        Actual = actual;
        Required = required;
        Location = location;
    }

    /// <summary>
    /// A result in <paramref name="threshold"/>'s words: <paramref name="of"/> is what the requirement is a
    /// share of; <paramref name="withholding"/> and <paramref name="minority"/> say why it is deemed met.
    /// </summary>
    internal ThresholdResult(ThresholdPlan threshold, bool met, bool deemedMet, decimal actual, decimal required, decimal of,
        int withholding, int? minority)
        : this(threshold.Text, met, deemedMet, actual, required, threshold.Location)
    {
        _threshold = threshold;
        _of = of;
        _withholding = withholding;
        _minority = minority;
    }

    /// <summary>The threshold as written, such as <c>at least 55% of members</c>.</summary>
    public string Description { get; }

    /// <summary>Whether it is met (including when deemed met).</summary>
    public bool Met { get; }

    /// <summary>Whether it is met only because no blocking minority formed.</summary>
    public bool DeemedMet { get; }

    /// <summary>Whether it is not met yet but could still be, by members who have taken no position.</summary>
    public bool Pending { get; init; }

    /// <summary><c>met</c>, <c>not met</c> or <c>pending</c>.</summary>
    public string State => Met ? "met" : Pending ? "pending" : "not met";

    /// <summary>The count or sum reached, in <see cref="Unit"/>: supports, members, or the attribute's own units.</summary>
    public decimal Actual { get; }

    /// <summary>
    /// The count or sum required, in <see cref="Unit"/>, exactly: a share of members is rounded up to whole
    /// members (55% of 27 is 15), a share of an attribute is not rounded (65% of 448,387,872 is 291,452,116.8).
    /// </summary>
    public decimal Required { get; }

    /// <summary>What <see cref="Actual"/> and <see cref="Required"/> count: <c>supports</c>, <c>members</c>, or an attribute such as <c>population</c>; null when not known.</summary>
    public string? Unit => _threshold?.Unit;

    /// <summary>Whether more support (or, for a quorum, more members present) reaches it: not one that counts those against or abstaining.</summary>
    internal bool ReachedByMore => _threshold?.Counts is null or ThresholdCounts.Supporters or ThresholdCounts.Present;

    /// <summary>Whether it is the decision's quorum, which counts the members present.</summary>
    internal bool IsQuorum => _threshold?.Counts == ThresholdCounts.Present;

    /// <summary>What a share is of (the members that count, the attribute's total over them), in <see cref="Unit"/>; null when not known.</summary>
    public decimal? Total => _threshold is null ? null : _of;

    /// <summary>The numbers in words, such as <c>14 of 15 required states</c>.</summary>
    public string Text => _text ??= _threshold!.Describe(Actual, Required, _of)
        + (DeemedMet ? $"; deemed met: only {_withholding} members withhold support, and a blocking minority needs at least {_minority}" : "")
        + (Tie is { } tie ? $"; tied, and the chair {tie}" : "");

    /// <summary>When a tie was broken by the chair's casting vote, how the chair voted, in words; otherwise null.</summary>
    internal string? Tie { get; init; }

    /// <summary>The rule clause.</summary>
    public Location? Location { get; }

    /// <inheritdoc/>
    public bool Equals(ThresholdResult? other) =>
        other is not null && Description == other.Description && Met == other.Met && DeemedMet == other.DeemedMet && Pending == other.Pending
        && Actual == other.Actual && Required == other.Required && Text == other.Text && Equals(Location, other.Location);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Description, Met, DeemedMet, Actual, Required, Text, Location);
}
