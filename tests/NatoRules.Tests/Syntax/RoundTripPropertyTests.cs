using System.Text;
using NatoRules.Syntax;
using NatoRules.Tests.Support;

namespace NatoRules.Tests.Syntax;

/// <summary>
/// Seeded random inputs (token soup, raw characters, and mutations of real rule files): every
/// one must parse without throwing into a tree that gives back its text, whose tokens tile it
/// and whose spans nest. A failure names the seed, so it can be replayed and kept as a case.
/// </summary>
public sealed class RoundTripPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        .. SyntaxFacts.KeywordTexts,
        "NATO", "HUN", "Rutte", "x", "Ünï", "_a1", "{", "}", "(", ")", ";", ":", ",", "=", "\"str\"", "\"a\\\"b\"",
        "\"open", "2024-06-18", "2024-02-30", "1999-3-1", "55%", "62.5%", "2/3", "1/0", "9/", "99999999999999999999999",
        " ", "  ", "\t", "\n", "\r\n", "\r", "// c\n", "/* c */", "/* open", "@", "#", "\0", "\uFEFF", "😀", "\uD800",
    ];

    public static IEnumerable<TestCaseData> Seeds() =>
        Enumerable.Range(0, 20).Select(batch => new TestCaseData(batch).SetName($"Random inputs round-trip, batch {batch}"));

    [TestCaseSource(nameof(Seeds))]
    public void Random_inputs_round_trip(int batch) =>
        ForEachSeed(batch, count: 100, random => (random.Next(3)) switch
        {
            0 => TokenSoup(random),
            1 => RawCharacters(random),
            _ => Mutate(random, random.GetItems(Corpus.Value, 1)[0]),
        }, (seed, text) =>
        {
            try
            {
                TreeInvariants.Check(SyntaxTree.Parse(text, $"seed-{seed}.rules"));
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} failed on input {Escape(text)}: {e.Message}");
            }
        });

    public static IEnumerable<TestCaseData> PathSeeds() =>
        Enumerable.Range(0, 10).Select(batch => new TestCaseData(batch).SetName($"Compact and full statements agree, batch {batch}"));

    // Soups of whole statements and mutations of real files exercise the compact statements most: whatever
    // the parser keeps compact must expand to the nodes, and report the diagnostics, of the grammar's parse.
    [TestCaseSource(nameof(PathSeeds))]
    public void Random_inputs_parse_the_same_with_and_without_compact_statements(int batch) =>
        ForEachSeed(batch, count: 100, random => (random.Next(3)) switch
        {
            0 => StatementSoup(random),
            1 => TokenSoup(random),
            _ => Mutate(random, random.GetItems(Corpus.Value, 1)[0]),
        }, (seed, text) => Dump(text, compact: true).ShouldBe(Dump(text, compact: false), $"seed {seed}, input {Escape(text)}"));

    private static readonly Lazy<string[]> Corpus = new(() =>
        Directory.GetFiles(Repository.CasesFolder("Syntax"), "*.rules").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray());

    /// <summary>Runs <paramref name="check"/> on <paramref name="count"/> inputs, each from its own seed so a failure can be replayed.</summary>
    private static void ForEachSeed(int batch, int count, Func<Random, string> input, Action<int, string> check)
    {
        for (var i = 0; i < count; i++)
        {
            var seed = batch * 1000 + i;
            check(seed, input(new Random(seed)));
        }
    }

    [Test]
    public void Shipped_rules_and_cases_parse_the_same_with_and_without_compact_statements()
    {
        var files = Directory.GetFiles(Repository.PathOf("rules"), "*.rules", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Repository.CasesFolder("Syntax"), "*.rules"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Dump(text, compact: true).ShouldBe(Dump(text, compact: false), file);
        }
    }

    private static string Dump(string text, bool compact) =>
        TreeDump.Of(SyntaxTree.Parse(text, "input.rules", ParseOptions.Default with { CompactStatements = compact }));

    private static readonly string[] Statements =
    [
        "member HUN \"Hungary\" joined 1999-03-12 population 9600000 flag;", "member X left 2020-01-01 term 2020-01-01 to 2021-01-01;",
        "candidate Rutte \"Mark Rutte\" national NLD declared 2023-10-01 withdrawn 2024-06-20;", "proposal R1;",
        "on 2024-03-01: HUN objects Rutte unless guarantee UkraineOptOut;", "on 2024-03-01: HUN, SVK supports Rutte;",
        "on 2024-03-01: ROU abstains Rutte if guarantee M;",
        "on 2024-03-01: /* why */ HUN supports\tRutte; // since March", "on 2024-02-30: HUN objects Rutte;", "on 2024-01-01: FIN joins;", "on 2024-06-20: Iohannis withdraws;",
        "on 2024-06-18: guarantee M from Rutte to HUN written on 2024-06-18 \"text\";", "guarantee M from Rutte to HUN oral on 2024-06-18;",
        "matter M \"desc\";", "facts F for D {", "body B {", "decision D in B {", "}", "require consensus;",
    ];

    private static string StatementSoup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(1, 30);
        for (var i = 0; i < count; i++)
        {
            var statement = Statements[random.Next(Statements.Length)];
            // Now and then a statement loses or gains a token.
            if (random.Next(4) == 0)
            {
                var words = statement.Split(' ').ToList();
                var at = random.Next(words.Count);
                if (random.Next(2) == 0)
                    words.RemoveAt(at);
                else
                    words.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                statement = string.Join(' ', words);
            }
            builder.Append(statement).Append(random.Next(3) == 0 ? " " : "\n");
        }
        return builder.ToString();
    }

    private static string TokenSoup(Random random)
    {
        var builder = new StringBuilder();
        var count = random.Next(0, 120);
        for (var i = 0; i < count; i++)
        {
            builder.Append(Vocabulary[random.Next(Vocabulary.Length)]);
            if (random.Next(3) > 0)
                builder.Append(' ');
        }
        return builder.ToString();
    }

    private static string RawCharacters(Random random)
    {
        var chars = new char[random.Next(0, 200)];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = random.Next(4) == 0 ? (char)random.Next(0, 0xFFFF) : (char)random.Next(9, 127);
        return new string(chars);
    }

    private static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var mutations = random.Next(1, 6);
        for (var m = 0; m < mutations && builder.Length > 0; m++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(4))
            {
                case 0:
                    builder.Remove(at, Math.Min(random.Next(1, 20), builder.Length - at));
                    break;
                case 1:
                    builder.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                case 2:
                    var other = random.Next(builder.Length);
                    (builder[at], builder[other]) = (builder[other], builder[at]);
                    break;
                default:
                    builder.Insert(at, builder.ToString(at, Math.Min(random.Next(1, 40), builder.Length - at)));
                    break;
            }
        }
        return builder.ToString();
    }

    private static string Escape(string text) =>
        text.Length > 300 ? System.Text.Json.JsonSerializer.Serialize(text[..300]) + "…" : System.Text.Json.JsonSerializer.Serialize(text);
}
