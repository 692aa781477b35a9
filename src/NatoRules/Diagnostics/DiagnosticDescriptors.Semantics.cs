namespace NatoRules.Diagnostics;

public static partial class DiagnosticDescriptors
{
    private static partial IEnumerable<DiagnosticDescriptor> SemanticDescriptors() => [];
}
