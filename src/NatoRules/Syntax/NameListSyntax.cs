namespace NatoRules.Syntax;

/// <summary>Names separated by commas.</summary>
public sealed class NameListSyntax : SyntaxNode
{
    internal NameListSyntax(IReadOnlyList<SyntaxElement> elements)
        : base(SyntaxKind.NameList, [.. elements])
    {
        Elements = elements;
    }

    /// <summary>The names and the commas between them.</summary>
    public IReadOnlyList<SyntaxElement> Elements { get; }

    /// <summary>The names, without the commas.</summary>
    public IEnumerable<NameSyntax> Names
    {
        get
        {
            foreach (var element in Elements)
                if (element is NameSyntax name)
                    yield return name;
        }
    }
}
