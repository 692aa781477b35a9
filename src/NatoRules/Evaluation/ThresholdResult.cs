using NatoRules.Text;

namespace NatoRules.Evaluation;

/// <summary>A threshold with the numbers computed for it.</summary>
/// <param name="Description">The threshold as written, such as <c>at least 55% of members</c>.</param>
/// <param name="Met">Whether it is met (including when deemed met).</param>
/// <param name="DeemedMet">Whether it is met only because no blocking minority formed.</param>
/// <param name="Actual">The count or sum reached.</param>
/// <param name="Required">The count or sum required.</param>
/// <param name="Text">The numbers in words, such as <c>14 of 15 required states</c>.</param>
/// <param name="Location">The rule clause.</param>
public sealed record ThresholdResult(
    string Description, bool Met, bool DeemedMet, decimal Actual, decimal Required, string Text, Location? Location);
