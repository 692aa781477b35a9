namespace NatoRules.Syntax;

/// <summary><c>is blocked by HUN, ROU</c></summary>
public sealed class OutcomeExpectationSyntax : ExpectationSyntax
{
    internal OutcomeExpectationSyntax(SyntaxToken isKeyword, SyntaxToken outcome, SyntaxToken? byKeyword, NameListSyntax? members)
        : base(SyntaxKind.OutcomeExpectation)
    {
        IsKeyword = isKeyword;
        Outcome = outcome;
        ByKeyword = byKeyword;
        Members = members;
        AttachChildren();
    }

    /// <summary><c>is</c></summary>
    public SyntaxToken IsKeyword { get; }

    /// <summary><c>approved</c>, <c>blocked</c>, <c>pending</c> or <c>ineligible</c>.</summary>
    public SyntaxToken Outcome { get; }

    /// <summary><c>by</c> Null when absent.</summary>
    public SyntaxToken? ByKeyword { get; }

    /// <summary>Exactly the members expected to block. Null when absent.</summary>
    public NameListSyntax? Members { get; }

    private protected override int SlotCount => 4;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => IsKeyword,
        1 => Outcome,
        2 => ByKeyword,
        3 => Members,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
