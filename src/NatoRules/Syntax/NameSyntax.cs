namespace NatoRules.Syntax;

public sealed partial class NameSyntax
{
    /// <summary>The name's text.</summary>
    public string Text => Identifier.Text;
}
