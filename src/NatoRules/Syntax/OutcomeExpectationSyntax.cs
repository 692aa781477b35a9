namespace NatoRules.Syntax;

/// <summary><c>is blocked by HUN, ROU</c></summary>
public sealed class OutcomeExpectationSyntax : ExpectationSyntax
{
    internal OutcomeExpectationSyntax(SyntaxToken isKeyword, SyntaxToken outcome, SyntaxToken? byKeyword, NameListSyntax? members)
        : base(SyntaxKind.OutcomeExpectation, [isKeyword, outcome, byKeyword, members])
    {
        IsKeyword = isKeyword;
        Outcome = outcome;
        ByKeyword = byKeyword;
        Members = members;
    }

    /// <summary><c>is</c></summary>
    public SyntaxToken IsKeyword { get; }

    /// <summary><c>approved</c>, <c>blocked</c>, <c>pending</c> or <c>ineligible</c>.</summary>
    public SyntaxToken Outcome { get; }

    /// <summary><c>by</c> Null when absent.</summary>
    public SyntaxToken? ByKeyword { get; }

    /// <summary>Exactly the members expected to block. Null when absent.</summary>
    public NameListSyntax? Members { get; }
}
