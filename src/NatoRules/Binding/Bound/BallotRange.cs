namespace NatoRules.Binding.Bound;

/// <summary>
/// The ballots a requirement applies to, by number: <c>in ballots 1 to 3</c> is (1, 3), <c>from ballot 4</c> is (4, max).
/// A requirement without one applies to every ballot, and a single vote is ballot 1.
/// </summary>
internal readonly record struct BallotRange(int First, int Last)
{
    /// <summary>Every ballot: a requirement that names none.</summary>
    public static BallotRange Every => new(1, int.MaxValue);

    public bool IsEvery => First == 1 && Last == int.MaxValue;

    public bool Includes(int ballot) => ballot >= First && ballot <= Last;

    /// <summary>The range in words: <c>ballot 4</c>, <c>ballots 1 to 3</c>, <c>ballots from 4</c>.</summary>
    public override string ToString() =>
        First == Last ? $"ballot {First}" : Last == int.MaxValue ? $"ballots from {First}" : $"ballots {First} to {Last}";
}
