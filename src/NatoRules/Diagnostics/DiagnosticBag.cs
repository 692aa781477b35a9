using NatoRules.Text;

namespace NatoRules.Diagnostics;

/// <summary>Collects diagnostics while a stage runs.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object?[] arguments) =>
        _items.Add(Diagnostic.Create(descriptor, new Location(source, span), arguments));

    public void AddWithHelp(DiagnosticDescriptor descriptor, Location location, string? help, params object?[] arguments) =>
        _items.Add(Diagnostic.Create(descriptor, location, help, [], arguments));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        var copy = _items.ToArray();
        Array.Sort(copy, Compare);
        return copy;
    }

    internal static int Compare(Diagnostic a, Diagnostic b)
    {
        var byPath = string.CompareOrdinal(a.Location.Path, b.Location.Path);
        if (byPath != 0) return byPath;
        var byStart = a.Location.Span.Start.CompareTo(b.Location.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
    }
}
