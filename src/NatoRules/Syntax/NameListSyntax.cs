namespace NatoRules.Syntax;

/// <summary>Names separated by commas.</summary>
public sealed class NameListSyntax : SyntaxNode
{
    internal NameListSyntax(IReadOnlyList<SyntaxElement> elements)
        : base(SyntaxKind.NameList, [.. elements])
    {
    }

    /// <summary>The names and the commas between them.</summary>
    public IReadOnlyList<SyntaxElement> Elements => ChildNodesAndTokens();

    /// <summary>The names, without the commas.</summary>
    public IEnumerable<NameSyntax> Names
    {
        get
        {
            for (var i = 0; i < SlotCount; i++)
                if (GetSlot(i) is NameSyntax name)
                    yield return name;
        }
    }
}
