namespace NatoRules.Facts;

/// <summary>What a member holds on a candidate or proposal.</summary>
public enum Stance
{
    /// <summary>No position: silence (consent under consensus, absence in a vote).</summary>
    Silent = 0,
    /// <summary>Supports (an affirmative vote).</summary>
    Supports = 1,
    /// <summary>Objects (a negative vote; a veto where the member holds one).</summary>
    Objects = 2,
    /// <summary>Abstains: present, but neither for nor against.</summary>
    Abstains = 3,
    /// <summary>Absent from a vote: casts nothing and is not present (stated, or silent once a vote is held).</summary>
    Absent = 4,
}

/// <summary>How a position depends on a guarantee.</summary>
public enum PositionConditionKind
{
    /// <summary>The position holds as stated.</summary>
    None = 0,
    /// <summary><c>unless guarantee M</c>: the position no longer counts once a qualifying guarantee on M is given.</summary>
    Unless = 1,
    /// <summary><c>if guarantee M</c>: the position counts only once a qualifying guarantee on M is given.</summary>
    If = 2,
}
