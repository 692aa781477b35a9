namespace NatoRules.Syntax;

/// <summary><c>with HUN objects Rutte;</c>: a what-if fact for one test.</summary>
public sealed class WithStatementSyntax : StatementSyntax
{
    internal WithStatementSyntax(SyntaxToken withKeyword, EventClauseSyntax @override, SyntaxToken? onKeyword, SyntaxToken? date, SyntaxToken semicolonToken)
        : base(SyntaxKind.WithStatement, [withKeyword, @override, onKeyword, date, semicolonToken])
    {
        WithKeyword = withKeyword;
        Override = @override;
        OnKeyword = onKeyword;
        Date = date;
        SemicolonToken = semicolonToken;
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
}
