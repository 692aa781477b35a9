using NatoRules.Text;

namespace NatoRules.Hosting;

/// <summary>One input of a compilation: a rule file's text, or a JSON facts document.</summary>
public sealed class RuleSource
{
    private RuleSource(SourceText text, bool isJsonFacts)
    {
        Text = text;
        IsJsonFacts = isJsonFacts;
    }

    /// <summary>The text.</summary>
    public SourceText Text { get; }

    /// <summary>Whether the text is a JSON facts document rather than rule text.</summary>
    public bool IsJsonFacts { get; }

    /// <summary>Rule text, named <paramref name="path"/> in diagnostics.</summary>
    public static RuleSource FromText(string text, string path = "") => new(SourceText.From(text, path), false);

    /// <summary>A JSON facts document (see docs/facts-json.md), named <paramref name="path"/> in diagnostics.</summary>
    public static RuleSource FromJsonFacts(string json, string path = "") => new(SourceText.From(json, path), true);

    /// <summary>A file: JSON facts when it ends in <c>.json</c>, rule text otherwise.</summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static RuleSource FromFile(string path) =>
        new(SourceText.From(File.ReadAllText(path), path), path.EndsWith(".json", StringComparison.OrdinalIgnoreCase));
}
