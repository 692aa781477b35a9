namespace NatoRules.Fuzz;

/// <summary>One input of the campaign: the rule files compiled together and the JSON facts documents read with them.</summary>
/// <param name="Index">Its index in the campaign: the seed and the index replay it.</param>
/// <param name="Strategy">How it was made, for the report.</param>
public sealed record FuzzInput(long Index, string Strategy, IReadOnlyList<SourceFile> Rules, IReadOnlyList<SourceFile> Json)
{
    /// <summary>Whether the input is a mutated JSON facts document (with unmutated rules).</summary>
    public bool IsJson => Json.Count > 0 && Strategy.StartsWith("json", StringComparison.Ordinal);

    /// <summary>The file the mutation went into.</summary>
    public SourceFile Mutated => IsJson ? Json[0] : Rules[0];

    /// <summary>The same input with the mutated file's text replaced (for minimizing).</summary>
    public FuzzInput WithMutated(string text) => IsJson
        ? this with { Json = [Json[0] with { Text = text }, .. Json.Skip(1)] }
        : this with { Rules = [Rules[0] with { Text = text }, .. Rules.Skip(1)] };
}
