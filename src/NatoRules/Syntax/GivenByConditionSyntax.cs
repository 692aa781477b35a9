namespace NatoRules.Syntax;

/// <summary><c>given by candidate</c>: who must give a guarantee.</summary>
public sealed class GivenByConditionSyntax : ConditionSyntax
{
    internal GivenByConditionSyntax(SyntaxToken givenKeyword, SyntaxToken byKeyword, SyntaxToken giver)
        : base(SyntaxKind.GivenByCondition, [givenKeyword, byKeyword, giver])
    {
        GivenKeyword = givenKeyword;
        ByKeyword = byKeyword;
        Giver = giver;
    }

    /// <summary><c>given</c></summary>
    public SyntaxToken GivenKeyword { get; }

    /// <summary><c>by</c></summary>
    public SyntaxToken ByKeyword { get; }

    /// <summary><c>candidate</c> or a name.</summary>
    public SyntaxToken Giver { get; }
}
