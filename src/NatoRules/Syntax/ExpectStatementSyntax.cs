namespace NatoRules.Syntax;

/// <summary><c>expect SecretaryGeneral for Rutte is blocked by HUN;</c></summary>
public sealed class ExpectStatementSyntax : StatementSyntax
{
    internal ExpectStatementSyntax(SyntaxToken expectKeyword, NameSyntax decision, SyntaxToken forKeyword, NameSyntax candidate, ExpectationSyntax expectation, SyntaxToken semicolonToken)
        : base(SyntaxKind.ExpectStatement)
    {
        ExpectKeyword = expectKeyword;
        Decision = decision;
        ForKeyword = forKeyword;
        Candidate = candidate;
        Expectation = expectation;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>expect</c></summary>
    public SyntaxToken ExpectKeyword { get; }

    /// <summary>The decision.</summary>
    public NameSyntax Decision { get; }

    /// <summary><c>for</c></summary>
    public SyntaxToken ForKeyword { get; }

    /// <summary>The candidate or proposal.</summary>
    public NameSyntax Candidate { get; }

    /// <summary>What is expected.</summary>
    public ExpectationSyntax Expectation { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 6;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => ExpectKeyword,
        1 => Decision,
        2 => ForKeyword,
        3 => Candidate,
        4 => Expectation,
        5 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
