namespace NatoRules.Syntax;

/// <summary><c>Iohannis withdraws</c>.</summary>
public sealed class WithdrawalClauseSyntax : EventClauseSyntax
{
    internal WithdrawalClauseSyntax(NameListSyntax candidates, SyntaxToken withdrawsKeyword)
        : base(SyntaxKind.WithdrawalClause)
    {
        Candidates = candidates;
        WithdrawsKeyword = withdrawsKeyword;
        AttachChildren();
    }

    /// <summary>The candidates.</summary>
    public NameListSyntax Candidates { get; }

    /// <summary><c>withdraws</c></summary>
    public SyntaxToken WithdrawsKeyword { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Candidates,
        1 => WithdrawsKeyword,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
