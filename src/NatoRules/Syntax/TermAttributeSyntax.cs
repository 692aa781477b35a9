namespace NatoRules.Syntax;

/// <summary><c>term 2024-01-01 to 2025-12-31</c>: a period of membership.</summary>
public sealed class TermAttributeSyntax : AttributeSyntax
{
    internal TermAttributeSyntax(SyntaxToken termKeyword, SyntaxToken startDate, SyntaxToken toKeyword, SyntaxToken endDate)
        : base(SyntaxKind.TermAttribute)
    {
        TermKeyword = termKeyword;
        StartDate = startDate;
        ToKeyword = toKeyword;
        EndDate = endDate;
        AttachChildren();
    }

    /// <summary><c>term</c></summary>
    public SyntaxToken TermKeyword { get; }

    /// <summary>The first day.</summary>
    public SyntaxToken StartDate { get; }

    /// <summary><c>to</c></summary>
    public SyntaxToken ToKeyword { get; }

    /// <summary>The last day.</summary>
    public SyntaxToken EndDate { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => TermKeyword,
        1 => StartDate,
        2 => ToKeyword,
        3 => EndDate,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
