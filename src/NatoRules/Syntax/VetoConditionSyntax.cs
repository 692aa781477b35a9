namespace NatoRules.Syntax;

/// <summary><c>no veto from members where permanent</c>.</summary>
public sealed class VetoConditionSyntax : ConditionSyntax
{
    internal VetoConditionSyntax(SyntaxToken noKeyword, SyntaxToken vetoKeyword, SyntaxToken? fromKeyword, MemberSelectorSyntax? selector)
        : base(SyntaxKind.VetoCondition)
    {
        NoKeyword = noKeyword;
        VetoKeyword = vetoKeyword;
        FromKeyword = fromKeyword;
        Selector = selector;
        AttachChildren();
    }

    /// <summary><c>no</c></summary>
    public SyntaxToken NoKeyword { get; }

    /// <summary><c>veto</c></summary>
    public SyntaxToken VetoKeyword { get; }

    /// <summary><c>from</c> Null when absent.</summary>
    public SyntaxToken? FromKeyword { get; }

    /// <summary>Who holds a veto; every member when absent. Null when absent.</summary>
    public MemberSelectorSyntax? Selector { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => NoKeyword,
        1 => VetoKeyword,
        2 => FromKeyword,
        3 => Selector,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
