namespace NatoRules.Syntax;

/// <summary><c>joined</c>, <c>left</c>, <c>declared</c> or <c>withdrawn</c> with a date.</summary>
public sealed class DatedAttributeSyntax : AttributeSyntax
{
    internal DatedAttributeSyntax(SyntaxToken keyword, SyntaxToken date)
        : base(SyntaxKind.DatedAttribute)
    {
        Keyword = keyword;
        Date = date;
        AttachChildren();
    }

    /// <summary>The attribute keyword.</summary>
    public SyntaxToken Keyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Keyword,
        1 => Date,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
