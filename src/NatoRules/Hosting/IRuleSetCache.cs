using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace NatoRules.Hosting;

/// <summary>Keeps compiled rule sets so the same sources are compiled once. Registered as a singleton.</summary>
public interface IRuleSetCache
{
    /// <summary>The rule set for <paramref name="sources"/>, compiling it with <paramref name="compile"/> when it is not cached.</summary>
    RuleSet GetOrAdd(IReadOnlyList<RuleSource> sources, Func<IReadOnlyList<RuleSource>, RuleSet> compile);
}

/// <summary>The default cache: keyed by a SHA-256 of every source's path and text, bounded in size.</summary>
public sealed class RuleSetCache : IRuleSetCache
{
    private readonly ConcurrentDictionary<string, Lazy<RuleSet>> _entries = new(StringComparer.Ordinal);

    /// <summary>How many rule sets the cache holds before it starts over.</summary>
    public int Capacity { get; init; } = 64;

    /// <inheritdoc/>
    public RuleSet GetOrAdd(IReadOnlyList<RuleSource> sources, Func<IReadOnlyList<RuleSource>, RuleSet> compile)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(compile);
        if (_entries.Count >= Capacity)
            _entries.Clear();
        return _entries.GetOrAdd(Key(sources), _ => new Lazy<RuleSet>(() => compile(sources))).Value;
    }

    private static string Key(IReadOnlyList<RuleSource> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(source.IsJsonFacts ? "json\0" : "rules\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(source.Text.Path + "\0"));
            hash.AppendData(Encoding.UTF8.GetBytes(source.Text.Text));
            hash.AppendData([0]);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
