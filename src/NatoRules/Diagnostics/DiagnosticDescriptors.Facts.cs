namespace NatoRules.Diagnostics;

public static partial class DiagnosticDescriptors
{
    private const string FactsCategory = "Facts";

    /// <summary>NR1101: a facts document that is not well-formed JSON.</summary>
    public static readonly DiagnosticDescriptor MalformedJson = new(
        "NR1101", "Malformed JSON", "malformed JSON: {0}", FactsCategory, DiagnosticSeverity.Error);

    /// <summary>NR1102: a property the facts document shape does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownJsonProperty = new(
        "NR1102", "Unknown property", "unknown property '{0}' in {1}; expected {2}", FactsCategory, DiagnosticSeverity.Error);

    /// <summary>NR1103: a JSON value of the wrong type.</summary>
    public static readonly DiagnosticDescriptor WrongJsonType = new(
        "NR1103", "Wrong type", "'{0}' must be {1}", FactsCategory, DiagnosticSeverity.Error);

    /// <summary>NR1104: a required property that is missing.</summary>
    public static readonly DiagnosticDescriptor MissingJsonProperty = new(
        "NR1104", "Missing property", "{0} needs the property '{1}'", FactsCategory, DiagnosticSeverity.Error);

    /// <summary>NR1105: a value outside what the property allows.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonValue = new(
        "NR1105", "Invalid value", "'{0}' is not a valid {1}: {2}", FactsCategory, DiagnosticSeverity.Error);

    private static IEnumerable<DiagnosticDescriptor> FactsDescriptors() =>
        [MalformedJson, UnknownJsonProperty, WrongJsonType, MissingJsonProperty, InvalidJsonValue];
}
