namespace NatoRules.Syntax;

/// <summary><c>consensus</c>: no member that counts objects.</summary>
public sealed class ConsensusConditionSyntax : ConditionSyntax
{
    internal ConsensusConditionSyntax(SyntaxToken consensusKeyword)
        : base(SyntaxKind.ConsensusCondition, [consensusKeyword])
    {
        ConsensusKeyword = consensusKeyword;
    }

    /// <summary><c>consensus</c></summary>
    public SyntaxToken ConsensusKeyword { get; }
}
