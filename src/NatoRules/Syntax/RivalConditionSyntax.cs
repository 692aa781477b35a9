namespace NatoRules.Syntax;

/// <summary><c>no backing of rivals</c>: a member that backs a rival candidate still running does not join consensus on this one.</summary>
public sealed class RivalConditionSyntax : ConditionSyntax
{
    internal RivalConditionSyntax(SyntaxToken noKeyword, SyntaxToken backingKeyword, SyntaxToken ofKeyword, SyntaxToken rivalsKeyword)
        : base(SyntaxKind.RivalCondition)
    {
        NoKeyword = noKeyword;
        BackingKeyword = backingKeyword;
        OfKeyword = ofKeyword;
        RivalsKeyword = rivalsKeyword;
        AttachChildren();
    }

    /// <summary><c>no</c></summary>
    public SyntaxToken NoKeyword { get; }

    /// <summary><c>backing</c></summary>
    public SyntaxToken BackingKeyword { get; }

    /// <summary><c>of</c></summary>
    public SyntaxToken OfKeyword { get; }

    /// <summary><c>rivals</c></summary>
    public SyntaxToken RivalsKeyword { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => NoKeyword,
        1 => BackingKeyword,
        2 => OfKeyword,
        3 => RivalsKeyword,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
