namespace NatoRules.Syntax;

/// <summary><c>candidate is national of member</c> or <c>candidate is not withdrawn</c>.</summary>
public sealed class CandidateConditionSyntax : ConditionSyntax
{
    internal CandidateConditionSyntax(SyntaxToken candidateKeyword, SyntaxToken isKeyword, SyntaxToken? notKeyword, SyntaxToken predicate, SyntaxToken? ofKeyword, SyntaxToken? memberKeyword)
        : base(SyntaxKind.CandidateCondition)
    {
        CandidateKeyword = candidateKeyword;
        IsKeyword = isKeyword;
        NotKeyword = notKeyword;
        Predicate = predicate;
        OfKeyword = ofKeyword;
        MemberKeyword = memberKeyword;
        AttachChildren();
    }

    /// <summary><c>candidate</c></summary>
    public SyntaxToken CandidateKeyword { get; }

    /// <summary><c>is</c></summary>
    public SyntaxToken IsKeyword { get; }

    /// <summary><c>not</c> Null when absent.</summary>
    public SyntaxToken? NotKeyword { get; }

    /// <summary><c>withdrawn</c> or <c>national</c>.</summary>
    public SyntaxToken Predicate { get; }

    /// <summary><c>of</c> Null when absent.</summary>
    public SyntaxToken? OfKeyword { get; }

    /// <summary><c>member</c> Null when absent.</summary>
    public SyntaxToken? MemberKeyword { get; }

    private protected override int SlotCount => 6;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => CandidateKeyword,
        1 => IsKeyword,
        2 => NotKeyword,
        3 => Predicate,
        4 => OfKeyword,
        5 => MemberKeyword,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
