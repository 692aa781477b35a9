namespace NatoRules.Syntax;

/// <summary><c>with HUN objects Rutte;</c>: a what-if fact for one test.</summary>
public sealed class WithStatementSyntax : StatementSyntax
{
    internal WithStatementSyntax(SyntaxToken withKeyword, EventClauseSyntax @override, SyntaxToken? onKeyword, SyntaxToken? date, SyntaxToken semicolonToken)
        : base(SyntaxKind.WithStatement)
    {
        WithKeyword = withKeyword;
        Override = @override;
        OnKeyword = onKeyword;
        Date = date;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>with</c></summary>
    public SyntaxToken WithKeyword { get; }

    /// <summary>The fact.</summary>
    public EventClauseSyntax Override { get; }

    /// <summary><c>on</c>, when the fact is dated. Null when absent.</summary>
    public SyntaxToken? OnKeyword { get; }

    /// <summary>The date. Null when absent.</summary>
    public SyntaxToken? Date { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => WithKeyword,
        1 => Override,
        2 => OnKeyword,
        3 => Date,
        4 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
