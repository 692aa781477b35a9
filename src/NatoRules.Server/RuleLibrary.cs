using NatoRules.Diagnostics;
using NatoRules.Hosting;

namespace NatoRules.Server;

/// <summary>
/// The rules the service evaluates: every <c>*.rules</c> file under the configured folder, compiled at
/// start-up and again whenever a file changes. An edit with errors keeps the last good rule set in
/// service and reports its diagnostics.
/// </summary>
internal sealed class RuleLibrary : IDisposable
{
    private readonly IRuleEngine _engine;
    private readonly ILogger<RuleLibrary> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private readonly Lock _gate = new();
    private State _state;

    public RuleLibrary(IRuleEngine engine, IConfiguration configuration, ILogger<RuleLibrary> logger)
    {
        _engine = engine;
        _logger = logger;
        // Relative to the working directory, so `dotnet run --project src/NatoRules.Server` from the
        // repository root serves ./rules. Only configuration names this folder, never a request.
        Folder = Path.GetFullPath(configuration["Rules:Path"] ?? "rules");
        _debounce = new Timer(_ => Reload(), null, Timeout.Infinite, Timeout.Infinite);
        _state = Load(null);
        if (Directory.Exists(Folder))
        {
            // Every name, not only *.rules: a folder moved in with its files raises one event, for the
            // folder, and the files inside raise none.
            _watcher = new FileSystemWatcher(Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            _watcher.Changed += OnChange;
            _watcher.Created += OnChange;
            _watcher.Deleted += OnChange;
            _watcher.Renamed += OnChange;
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>The folder the rules come from.</summary>
    public string Folder { get; }

    /// <summary>The sources of the rule set in service, with their paths relative to <see cref="Folder"/> (<c>nato/members.rules</c>).</summary>
    public IReadOnlyList<RuleSource> Sources => _state.GoodSources;

    /// <summary>The rule set in service (the last one without errors), or null when none has compiled yet.</summary>
    public RuleSet? Current => _state.Good;

    /// <summary>The diagnostics of the latest load, which may be a rejected edit.</summary>
    public IReadOnlyList<Diagnostic> LatestDiagnostics => _state.LatestDiagnostics;

    /// <summary>How many times the rules were loaded; grows by one per reload.</summary>
    public int Generation => _state.Generation;

    /// <summary>Why the latest load failed, when it did for want of files.</summary>
    public string? LoadError => _state.Error;

    /// <summary>Reloads now (the watcher calls this after changes settle).</summary>
    public void Reload()
    {
        lock (_gate)
            _state = Load(_state);
    }

    private void OnChange(object sender, FileSystemEventArgs e) => _debounce.Change(200, Timeout.Infinite);

    private State Load(State? previous)
    {
        var generation = (previous?.Generation ?? 0) + 1;
        try
        {
            var files = Directory.Exists(Folder)
                ? Directory.GetFiles(Folder, "*.rules", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
                : [];
            if (files.Count == 0)
                return new State(previous?.Good, previous?.LatestDiagnostics ?? [], generation, $"no rule files under {Folder}") { GoodSources = previous?.GoodSources ?? [] };
            var sources = files.Select(f => RuleSource.FromText(File.ReadAllText(f), Path.GetRelativePath(Folder, f).Replace('\\', '/'))).ToList();
            var ruleSet = _engine.TryCompile(sources);
            if (ruleSet.HasErrors)
            {
                _logger.LogWarning("The rules under {Folder} have {Count} error(s); keeping the last good rule set.",
                    Folder, ruleSet.Diagnostics.Count(d => d.IsError));
                return new State(previous?.Good, ruleSet.Diagnostics, generation, null) { GoodSources = previous?.GoodSources ?? [] };
            }
            _logger.LogInformation("Loaded {Count} rule files from {Folder}.", files.Count, Folder);
            return new State(ruleSet, ruleSet.Diagnostics, generation, null) { GoodSources = sources };
        }
        catch (IOException e)
        {
            return new State(previous?.Good, previous?.LatestDiagnostics ?? [], generation, e.Message) { GoodSources = previous?.GoodSources ?? [] };
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }

    private sealed record State(RuleSet? Good, IReadOnlyList<Diagnostic> LatestDiagnostics, int Generation, string? Error)
    {
        /// <summary>The sources of <see cref="Good"/>, by their paths relative to the folder.</summary>
        public IReadOnlyList<RuleSource> GoodSources { get; init; } = [];
    }
}
