using NatoRules.Hosting;
using NatoRules.Syntax;
using NatoRules.Text;

namespace NatoRules.Cli.LanguageServer;

/// <summary>
/// The rule files the language server compiles together: every <c>*.rules</c> file under the workspace folder as
/// it is on disk, with the text the editor holds for each open document instead, and open documents outside the
/// folder. Compiled again, whole, after every change: the shipped rules compile in milliseconds.
/// </summary>
internal sealed class LspWorkspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly RuleEngine _engine = new(new NatoRulesOptions { MaxSourceLength = (int)Math.Min(int.MaxValue, Input.SourceLoader.MaxFileBytes) });
    private string? _root;

    /// <summary>The last compilation, with the analyzers' diagnostics.</summary>
    public RuleSet Current { get; private set; } = new RuleEngine().TryCompile([]);

    /// <summary>The folder whose rule files are compiled together (null: the open documents only).</summary>
    public void SetRoot(string? folder) => _root = folder is not null && Directory.Exists(folder) ? Path.GetFullPath(folder) : null;

    public void Open(string path, string text) => _open[path] = text;

    public void Close(string path) => _open.Remove(path);

    public string? TextOf(string path) => _open.TryGetValue(path, out var text) ? text : null;

    public bool IsOpen(string path) => _open.ContainsKey(path);

    /// <summary>Compiles the workspace as it is now.</summary>
    public RuleSet Compile()
    {
        var sources = new List<RuleSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (_root is not null)
        {
            foreach (var file in Directory.EnumerateFiles(_root, "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                seen.Add(file);
                if (_open.TryGetValue(file, out var open))
                    sources.Add(RuleSource.FromText(open, file));
                else if (Input.SourceLoader.TryRead(file, out _) is { } source)
                    sources.Add(RuleSource.FromText(source.Text, file));
            }
        }
        foreach (var (path, text) in _open.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (seen.Add(path))
                sources.Add(RuleSource.FromText(text, path));
        return Current = _engine.TryCompile(sources);
    }

    /// <summary>The syntax tree of <paramref name="path"/> in the last compilation.</summary>
    public SyntaxTree? TreeOf(string path) => Current.Compilation.SyntaxTrees.FirstOrDefault(t => string.Equals(t.Path, path, StringComparison.Ordinal));

    /// <summary>The offset of an LSP position (line, UTF-16 character), clamped to the line.</summary>
    public static int OffsetOf(SourceText text, int line, int character)
    {
        if (line >= text.LineCount)
            return text.Length;
        var span = text.GetLineSpan(Math.Max(0, line));
        return Math.Min(span.Start + Math.Max(0, character), span.End);
    }

    /// <summary>The text after the edits of a <c>didChange</c>: each a range and its new text, or the whole text.</summary>
    public static string Apply(string text, IEnumerable<(LinePositionSpan? Range, string Text)> changes)
    {
        foreach (var (range, replacement) in changes)
        {
            if (range is not { } r)
            {
                text = replacement;
                continue;
            }
            var source = SourceText.From(text);
            var start = OffsetOf(source, r.Start.Line, r.Start.Character);
            var end = Math.Max(start, OffsetOf(source, r.End.Line, r.End.Character));
            text = string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end));
        }
        return text;
    }
}
