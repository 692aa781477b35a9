namespace NatoRules.Syntax;

/// <summary><c>rule NoPermanentVeto = no veto from members where permanent;</c>: a named condition.</summary>
public sealed class RuleDeclarationSyntax : DeclarationSyntax
{
    internal RuleDeclarationSyntax(SyntaxToken ruleKeyword, SyntaxToken identifier, SyntaxToken equalsToken, ConditionSyntax condition, SyntaxToken semicolonToken)
        : base(SyntaxKind.RuleDeclaration)
    {
        RuleKeyword = ruleKeyword;
        Identifier = identifier;
        EqualsToken = equalsToken;
        Condition = condition;
        SemicolonToken = semicolonToken;
        AttachChildren();
    }

    /// <summary><c>rule</c></summary>
    public SyntaxToken RuleKeyword { get; }

    /// <summary>The rule's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary><c>=</c></summary>
    public SyntaxToken EqualsToken { get; }

    /// <summary>The condition.</summary>
    public ConditionSyntax Condition { get; }

    /// <summary><c>;</c></summary>
    public SyntaxToken SemicolonToken { get; }

    private protected override int SlotCount => 5;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => RuleKeyword,
        1 => Identifier,
        2 => EqualsToken,
        3 => Condition,
        4 => SemicolonToken,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
