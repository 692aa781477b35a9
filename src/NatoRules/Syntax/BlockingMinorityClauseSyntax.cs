namespace NatoRules.Syntax;

/// <summary><c>blocking minority at least 4 members;</c>: a failed threshold is deemed met unless this many members withhold support.</summary>
public sealed class BlockingMinorityClauseSyntax : StatementSyntax
{
    internal BlockingMinorityClauseSyntax(SyntaxToken blockingKeyword, SyntaxToken minorityKeyword, SyntaxToken atKeyword, SyntaxToken leastKeyword, SyntaxToken count, SyntaxToken membersKeyword, SyntaxToken semicolonToken)
        : base(SyntaxKind.BlockingMinorityClause)
    {
        BlockingKeyword = blockingKeyword;
        MinorityKeyword = minorityKeyword;
        AtKeyword = atKeyword;
        LeastKeyword = leastKeyword;
        Count = count;
        MembersKeyword = membersKeyword;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>blocking</c></summary>
    public SyntaxToken BlockingKeyword { get; }

    /// <summary><c>minority</c></summary>
    public SyntaxToken MinorityKeyword { get; }

    /// <summary><c>at</c></summary>
    public SyntaxToken AtKeyword { get; }

    /// <summary><c>least</c></summary>
    public SyntaxToken LeastKeyword { get; }

    /// <summary>The number of members.</summary>
    public SyntaxToken Count { get; }

    /// <summary><c>members</c></summary>
    public SyntaxToken MembersKeyword { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 7;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => BlockingKeyword,
        1 => MinorityKeyword,
        2 => AtKeyword,
        3 => LeastKeyword,
        4 => Count,
        5 => MembersKeyword,
        6 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
