namespace NatoRules.Syntax;

/// <summary><c>Iohannis withdraws</c>.</summary>
public sealed class WithdrawalClauseSyntax : EventClauseSyntax
{
    internal WithdrawalClauseSyntax(NameListSyntax candidates, SyntaxToken withdrawsKeyword)
        : base(SyntaxKind.WithdrawalClause, [candidates, withdrawsKeyword])
    {
        Candidates = candidates;
        WithdrawsKeyword = withdrawsKeyword;
    }

    /// <summary>The candidates.</summary>
    public NameListSyntax Candidates { get; }

    /// <summary><c>withdraws</c></summary>
    public SyntaxToken WithdrawsKeyword { get; }
}
