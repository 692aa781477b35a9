using NatoRules.Text;

namespace NatoRules.Diagnostics;

/// <summary>A message about the input, with its id, severity and location.</summary>
public sealed class Diagnostic
{
    private Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, Location location,
        string message, string? help, IReadOnlyList<Location> additionalLocations)
    {
        Descriptor = descriptor;
        Severity = severity;
        Location = location;
        Message = message;
        Help = help;
        AdditionalLocations = additionalLocations;
    }

    /// <summary>The descriptor this diagnostic is an instance of.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable id, such as <c>NR2001</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity of this instance.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Where the problem is.</summary>
    public Location Location { get; }

    /// <summary>Other places that take part (the first declaration of a duplicate, say).</summary>
    public IReadOnlyList<Location> AdditionalLocations { get; }

    /// <summary>The formatted message.</summary>
    public string Message { get; }

    /// <summary>A suggestion for the fix (a "did you mean"), or null.</summary>
    public string? Help { get; }

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Creates a diagnostic from a descriptor.</summary>
    /// <param name="descriptor">What kind of diagnostic.</param>
    /// <param name="location">Where.</param>
    /// <param name="arguments">The arguments of the message format.</param>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, params object?[] arguments) =>
        new(descriptor, descriptor.DefaultSeverity, location, descriptor.Format(arguments), null, []);

    internal static Diagnostic Create(DiagnosticDescriptor descriptor, Location location, string? help,
        IReadOnlyList<Location> additionalLocations, params object?[] arguments) =>
        new(descriptor, descriptor.DefaultSeverity, location, descriptor.Format(arguments), help, additionalLocations);

    /// <summary>A copy of this diagnostic with another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        new(Descriptor, severity, Location, Message, Help, AdditionalLocations);

    /// <summary>The diagnostic as <c>path(line,col): error NR1001: message</c>.</summary>
    public override string ToString()
    {
        var start = Location.LineSpan.Start;
        return $"{Location.Path}({start.Line + 1},{start.Character + 1}): {SeverityText(Severity)} {Id}: {Message}";
    }

    /// <summary>The lower-case word for a severity, as compilers print it.</summary>
    public static string SeverityText(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hidden",
    };
}
