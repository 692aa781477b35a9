namespace NatoRules.Syntax;

/// <summary><c>on 2024-03-01: HUN objects Rutte;</c>: a dated @event.</summary>
public sealed class OnStatementSyntax : StatementSyntax
{
    internal OnStatementSyntax(SyntaxToken onKeyword, SyntaxToken date, SyntaxToken colonToken, EventClauseSyntax @event, SyntaxToken semicolonToken)
        : base(SyntaxKind.OnStatement)
    {
        OnKeyword = onKeyword;
        Date = date;
        ColonToken = colonToken;
        Event = @event;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>on</c></summary>
    public SyntaxToken OnKeyword { get; }

    /// <summary>The date.</summary>
    public SyntaxToken Date { get; }

    /// <summary><c>:</c></summary>
    public SyntaxToken ColonToken { get; }

    /// <summary>What happened.</summary>
    public EventClauseSyntax Event { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => OnKeyword,
        1 => Date,
        2 => ColonToken,
        3 => Event,
        4 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
