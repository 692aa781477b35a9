namespace NatoRules.Syntax;

/// <summary>A user attribute: a flag (<c>permanent</c>) or a name with a value (<c>population 84358845</c>).</summary>
public sealed class ValueAttributeSyntax : AttributeSyntax
{
    internal ValueAttributeSyntax(SyntaxToken identifier, SyntaxToken? value)
        : base(SyntaxKind.ValueAttribute)
    {
        Identifier = identifier;
        Value = value;
        AttachChildren();
    }

    /// <summary>The attribute's name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The value: a number, percentage, date or string; absent for a flag. Null when absent.</summary>
    public SyntaxToken? Value { get; }

    private protected override int SlotCount => 2;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Identifier,
        1 => Value,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
