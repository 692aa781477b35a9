using System.Text;
using BenchmarkDotNet.Attributes;
using NatoRules.Formatting;
using NatoRules.Syntax;

namespace NatoRules.Benchmarks;

/// <summary>
/// One condition of 100,000 terms joined by <c>or</c> (1.3 MB, over the binder's limit of 10,000 terms, which it
/// reports): the largest statement a file within the limits can hold, as the fuzzing campaign generates it.
/// Parsing it, and formatting it (docs/reliability.md).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LongConditionBenchmarks
{
    private string _text = "";
    private SyntaxTree _tree = null!;

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("body B { member A; member C; } decision D in B { require consensus");
        for (var i = 1; i < 100_000; i++)
            text.Append(" or consensus");
        _text = text.Append("; }\n").ToString();
        _tree = SyntaxTree.Parse(_text);
    }

    [Benchmark(Description = "parse a 100,000-term condition")]
    public int Parse() => SyntaxTree.Parse(_text).Root.FullSpan.Length;

    [Benchmark(Description = "format a 100,000-term condition")]
    public int Format() => RuleFormatter.Format(_tree).Text.Length;
}
