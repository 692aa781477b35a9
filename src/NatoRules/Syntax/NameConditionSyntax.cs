namespace NatoRules.Syntax;

/// <summary>A name used as a condition: a rule, or in a guarantees clause a form such as <c>written</c>.</summary>
public sealed class NameConditionSyntax : ConditionSyntax
{
    internal NameConditionSyntax(NameSyntax name)
        : base(SyntaxKind.NameCondition)
    {
        Name = name;
        AttachChildren();
    }

    /// <summary>The name.</summary>
    public NameSyntax Name { get; }

    private protected override int SlotCount => 1;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Name,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
