namespace NatoRules.Syntax;

/// <summary><c>as of 2024-06-17;</c></summary>
public sealed class AsOfStatementSyntax : StatementSyntax
{
    internal AsOfStatementSyntax(SyntaxToken asKeyword, SyntaxToken ofKeyword, SyntaxToken date, SyntaxToken semicolonToken)
        : base(SyntaxKind.AsOfStatement)
    {
        AsKeyword = asKeyword;
        OfKeyword = ofKeyword;
        Date = date;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>as</c></summary>
    public SyntaxToken AsKeyword { get; }

    /// <summary><c>of</c></summary>
    public SyntaxToken OfKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => AsKeyword,
        1 => OfKeyword,
        2 => Date,
        3 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
