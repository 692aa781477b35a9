namespace NatoRules.Syntax;

/// <summary>A reference to something declared elsewhere: a body, member, decision, rule, candidate or matter.</summary>
public sealed class NameSyntax : SyntaxNode
{
    internal NameSyntax(SyntaxToken identifier)
        : base(SyntaxKind.Name)
    {
        Identifier = identifier;
        AttachChildren();
    }

    /// <summary>The name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The name's text.</summary>
    public string Text => Identifier.Text;

    private protected override int SlotCount => 1;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => Identifier,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
