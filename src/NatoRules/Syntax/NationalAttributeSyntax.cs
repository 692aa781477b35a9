namespace NatoRules.Syntax;

/// <summary><c>national NLD</c>: a candidate's nationality.</summary>
public sealed class NationalAttributeSyntax : AttributeSyntax
{
    internal NationalAttributeSyntax(SyntaxToken nationalKeyword, NameSyntax member)
        : base(SyntaxKind.NationalAttribute)
    {
        NationalKeyword = nationalKeyword;
        Member = member;
        AttachChildren();
    }

    /// <summary><c>national</c></summary>
    public SyntaxToken NationalKeyword { get; }

    /// <summary>The member state.</summary>
    public NameSyntax Member { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => NationalKeyword,
        1 => Member,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
