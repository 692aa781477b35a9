namespace NatoRules.Syntax;

/// <summary><c>test "name" { as of ...; expect ...; }</c>.</summary>
public sealed class TestDeclarationSyntax : DeclarationSyntax
{
    internal TestDeclarationSyntax(SyntaxToken testKeyword, SyntaxToken name, BlockSyntax block)
        : base(SyntaxKind.TestDeclaration)
    {
        TestKeyword = testKeyword;
        Name = name;
        Block = block;
        AttachChildren();
    }

    /// <summary><c>test</c></summary>
    public SyntaxToken TestKeyword { get; }

    /// <summary>The test's name, a string.</summary>
    public SyntaxToken Name { get; }

    /// <summary>The statements.</summary>
    public BlockSyntax Block { get; }

    private protected override int SlotCount => 3;

    private protected override SyntaxElement? GetSlot(int index) => index switch
    {
        0 => TestKeyword,
        1 => Name,
        2 => Block,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };
}
