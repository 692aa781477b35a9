using NatoRules.Diagnostics;
using NatoRules.Text;

namespace NatoRules.Facts;

/// <summary>
/// Facts from a JSON document (shape in <c>docs/facts-json.md</c>). They bind into the same model as
/// facts written in the language. A malformed document gives diagnostics with its line and column,
/// never an exception.
/// </summary>
public sealed class FactsDocument
{
    private FactsDocument(SourceText text, FactsInput? input, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Input = input;
        Diagnostics = diagnostics;
    }

    /// <summary>The JSON text.</summary>
    public SourceText Text { get; }

    /// <summary>The document's diagnostics (shape and JSON syntax; binding reports the rest).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    internal FactsInput? Input { get; }

    /// <summary>Reads a facts document.</summary>
    public static FactsDocument Parse(SourceText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var diagnostics = new DiagnosticBag();
        var input = new JsonFactReader(text, diagnostics).Read();
        return new FactsDocument(text, input, diagnostics.ToSortedList());
    }

    internal static FactsDocument FromInput(SourceText text, FactsInput input) => new(text, input, []);

    /// <summary>Reads a facts document from <paramref name="json"/>, named <paramref name="path"/> in diagnostics.</summary>
    public static FactsDocument Parse(string json, string path = "") => Parse(SourceText.From(json, path));
}
