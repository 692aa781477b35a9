namespace NatoRules.Evaluation;

/// <summary>How the members that count stand, and how many of the body's members do not count on the date.</summary>
/// <param name="Supports">Members that support.</param>
/// <param name="Objections">Members that object.</param>
/// <param name="Abstentions">Members that abstain.</param>
/// <param name="Silent">Members with no position that counts.</param>
/// <param name="NonMembers">Declared members of the body that are not members on the date.</param>
public readonly record struct Tallies(int Supports, int Objections, int Abstentions, int Silent, int NonMembers)
{
    /// <summary>Of <see cref="NonMembers"/>, the elected members outside their terms (not sitting, though members of the body at other dates).</summary>
    public int NotSitting { get; init; }

    /// <summary>Members that count and are absent: stated so, or silent at a vote held (then <see cref="Silent"/> is 0).</summary>
    public int Absent { get; init; }

    /// <summary>The members that count on the date.</summary>
    public int Members => Supports + Objections + Abstentions + Silent + Absent;

    /// <summary>The members present: supporting, objecting or abstaining.</summary>
    public int Present => Supports + Objections + Abstentions;
}
