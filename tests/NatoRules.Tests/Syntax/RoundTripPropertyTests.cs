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
        "\"open", "2024-06-18", "2024-02-30", "1999-3-1", "55%", "62.5%", "9", "99999999999999999999999",
        " ", "  ", "\t", "\n", "\r\n", "\r", "// c\n", "/* c */", "/* open", "@", "#", "\0", "\uFEFF", "😀", "\uD800",
    ];

    public static IEnumerable<TestCaseData> Seeds() =>
        Enumerable.Range(0, 20).Select(batch => new TestCaseData(batch).SetName($"Random inputs round-trip, batch {batch}"));

    [TestCaseSource(nameof(Seeds))]
    public void Random_inputs_round_trip(int batch)
    {
        var corpus = Directory.GetFiles(Repository.CasesFolder("Syntax"), "*.rules").Select(File.ReadAllText).ToArray();
        for (var i = 0; i < 100; i++)
        {
            var seed = batch * 1000 + i;
            var random = new Random(seed);
            var text = (seed % 3) switch
            {
                0 => TokenSoup(random),
                1 => RawCharacters(random),
                _ => Mutate(random, corpus[random.Next(corpus.Length)]),
            };
            try
            {
                TreeInvariants.Check(SyntaxTree.Parse(text, $"seed-{seed}.rules"));
            }
            catch (Exception e)
            {
                Assert.Fail($"seed {seed} failed on input {Escape(text)}: {e.Message}");
            }
        }
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
