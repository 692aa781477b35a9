using System.Globalization;

namespace NatoRules.Diagnostics;

/// <summary>
/// The fixed description of one kind of diagnostic: a stable id, a title, a message format and
/// a default severity. Every descriptor the library reports is declared in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, <c>NR</c> and four digits.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">A composite format string for the message.</param>
    /// <param name="category">The area: Syntax, Semantics, Facts, Analysis.</param>
    /// <param name="defaultSeverity">The severity unless configured otherwise.</param>
    public DiagnosticDescriptor(string id, string title, string messageFormat, string category, DiagnosticSeverity defaultSeverity)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
    }

    /// <summary>The stable id, such as <c>NR1001</c>.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The composite format of the message.</summary>
    public string MessageFormat { get; }

    /// <summary>The area the diagnostic belongs to.</summary>
    public string Category { get; }

    /// <summary>The severity unless configured otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Where the id is documented, relative to the repository root.</summary>
    public string HelpLink => "docs/diagnostics.md#" + Id.ToLowerInvariant();

    internal string Format(object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title}";
}
