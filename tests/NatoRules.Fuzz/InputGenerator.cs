using System.Text;

namespace NatoRules.Fuzz;

/// <summary>
/// Makes input number <c>index</c> of the campaign with seed <c>seed</c>, always the same one:
/// mutations of the corpus at the level of characters, of words and of whole files, programs
/// generated from the grammar, inputs at the size limits, and mutated JSON facts documents.
/// </summary>
public sealed class InputGenerator(Corpus corpus, long seed)
{
    private readonly IReadOnlyList<CorpusGroup> _ruleGroups = corpus.RuleGroups;
    private readonly IReadOnlyList<CorpusGroup> _jsonGroups = corpus.JsonGroups;

    internal static readonly string[] Vocabulary =
    [
        "body", "member", "joined", "left", "term", "to", "decision", "in", "require", "eligible", "when", "guarantees",
        "count", "blocking", "minority", "at", "least", "members", "rule", "matter", "facts", "for", "candidate",
        "proposal", "national", "declared", "withdrawn", "on", "supports", "objects", "abstains", "joins", "leaves",
        "withdraws", "guarantee", "from", "unless", "if", "test", "as", "of", "with", "without", "expect", "is",
        "approved", "blocked", "pending", "ineligible", "by", "unblocked", "has", "and", "or", "not", "all", "any",
        "consensus", "unanimity", "abstention", "allowed", "breaks", "no", "veto", "backing", "rivals", "given",
        "where", "except", "written", "veto", "weight", "population",
        "NATO", "HUN", "TUR", "USA", "FIN", "SWE", "Rutte", "SG", "x", "_", "Ünï", "{", "}", "(", ")", ";", ":", ",", "=",
        "\"s\"", "\"a\\\"b\"", "\"\\u12\"", "\"\\", "\"open", "2024-06-18", "0001-01-01", "9999-12-31", "2024-02-30",
        "10000-01-01", "1999-3-1", "55%", "0%", "100%", "62.5%", "101%", "0.0000001%", "2/3", "1/0", "3/2", "99999999999999999999/3", "half", "more", "than", "a", "majority", "present", "voting", "votes", "cast", "quorum", "vote", "absent", "rejected", "needs", "minus", "against", "by", "chair", "tie", "broken", "fails", "abstaining", "declaration", "with declaration", "ballot", "ballots", "in ballots 1 to 3", "from ballot 4", "seats", "seats 2;", "9", "0", "-1",
        "99999999999999999999999", "9223372036854775807", "//", "/*", "*/", "@", "#", "\0", "\uFEFF", "\uD800", "😀", "\r",
    ];

    private static readonly string Characters = "abzAZ_09 \t\n\r{}();:,=\"\\%-./*@#\0\u00e9\u2028\uFEFF\uD800";

    /// <summary>The input at <paramref name="index"/>.</summary>
    public FuzzInput Generate(long index)
    {
        var random = new Random(Mix(seed, index));
        // One input in five mutates a JSON facts document; the rest are rule files.
        if (_jsonGroups.Count > 0 && random.Next(5) == 0)
            return Json(index, random);
        var group = _ruleGroups[random.Next(_ruleGroups.Count)];
        var files = group.Rules.ToList();
        var target = random.Next(files.Count);
        (files[0], files[target]) = (files[target], files[0]);
        var text = files[0].Text;
        var (strategy, mutated) = random.Next(100) switch
        {
            // Inputs at the limits cost a thousand times more than the others: one in a hundred.
            < 33 => ("characters", MutateCharacters(random, text)),
            < 60 => ("words", MutateWords(random, text)),
            < 87 => ("grammar", Grammar.Program(random)),
            < 99 => ("splice", Splice(random, text, OtherText(random))),
            _ => ("size", Stress(random, text)),
        };
        // A generated program stands alone; a mutated file keeps the files it is compiled with.
        IReadOnlyList<SourceFile> rules = strategy == "grammar"
            ? [new SourceFile("generated.rules", mutated)]
            : [files[0] with { Text = mutated }, .. files.Skip(1)];
        return new FuzzInput(index, $"rules/{strategy}", rules, []);
    }

    private FuzzInput Json(long index, Random random)
    {
        var group = _jsonGroups[random.Next(_jsonGroups.Count)];
        var text = group.Json[0].Text;
        var (strategy, mutated) = random.Next(100) switch
        {
            < 45 => ("characters", MutateCharacters(random, text)),
            < 75 => ("structure", JsonShapes.Mutate(random, text)),
            _ => ("generated", JsonShapes.Document(random)),
        };
        return new FuzzInput(index, $"json/{strategy}", group.Rules, [group.Json[0] with { Text = mutated }]);
    }

    private string OtherText(Random random)
    {
        var group = _ruleGroups[random.Next(_ruleGroups.Count)];
        return group.Rules[random.Next(group.Rules.Count)].Text;
    }

    internal static string MutateCharacters(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var count = random.Next(1, 9);
        for (var m = 0; m < count; m++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(6))
            {
                case 0:
                    builder.Insert(at, Characters[random.Next(Characters.Length)]);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), Math.Min(random.Next(1, 24), builder.Length - Math.Min(at, builder.Length - 1)));
                    break;
                case 2 when at < builder.Length:
                    builder[at] = Characters[random.Next(Characters.Length)];
                    break;
                case 3 when builder.Length > 0:
                {
                    var start = random.Next(builder.Length);
                    var length = Math.Min(random.Next(1, 200), builder.Length - start);
                    builder.Insert(random.Next(builder.Length + 1), builder.ToString(start, length));
                    break;
                }
                case 4:
                    builder.Insert(at, Vocabulary[random.Next(Vocabulary.Length)]);
                    break;
                default:
                    if (at < builder.Length && builder[at] is >= '0' and <= '9')
                        builder[at] = (char)('0' + random.Next(10));
                    else
                        builder.Insert(at, random.Next(2) == 0 ? " " : "\n");
                    break;
            }
        }
        return builder.ToString();
    }

    // Words are runs of non-space characters; the spaces between them are kept.
    internal static string MutateWords(Random random, string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) != (current.Length > 0 && char.IsWhiteSpace(current[^1])) && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
            current.Append(c);
        }
        if (current.Length > 0)
            words.Add(current.ToString());
        var count = random.Next(1, 7);
        for (var m = 0; m < count; m++)
        {
            var at = random.Next(words.Count + 1);
            switch (random.Next(5))
            {
                case 0:
                    words.Insert(at, " " + Vocabulary[random.Next(Vocabulary.Length)] + " ");
                    break;
                case 1 when words.Count > 0:
                    words.RemoveAt(Math.Min(at, words.Count - 1));
                    break;
                case 2 when at < words.Count:
                    words[at] = Vocabulary[random.Next(Vocabulary.Length)];
                    break;
                case 3 when words.Count > 0:
                {
                    var start = random.Next(words.Count);
                    var length = Math.Min(random.Next(1, 40), words.Count - start);
                    words.InsertRange(random.Next(words.Count + 1), words.GetRange(start, length));
                    break;
                }
                default:
                    if (words.Count > 1)
                    {
                        var (a, b) = (random.Next(words.Count), random.Next(words.Count));
                        (words[a], words[b]) = (words[b], words[a]);
                    }
                    break;
            }
        }
        return string.Concat(words);
    }

    private static string Splice(Random random, string first, string second)
    {
        var cut = random.Next(first.Length + 1);
        var from = random.Next(second.Length + 1);
        return first[..cut] + second[from..];
    }

    // Inputs near the sizes the limits allow: long chains, deep nesting, long names and strings, many facts.
    private static string Stress(Random random, string text)
    {
        // Below, at and over the limits: 10,000 terms in a chain, 256 characters in a name, 1,000 what-ifs.
        var size = random.Next(8) switch { 0 or 1 => 10, 2 or 3 => 257, 4 => 1_001, 5 => 10_001, 6 => 20_000, _ => 100_000 };
        var body = "body B { member A; member C; } decision D in B { require ";
        var tail = "; } facts F for D { proposal P; on 2024-01-01: A objects P; } test \"t\" { as of 2024-06-01; expect D for P is blocked by A; }";
        return random.Next(9) switch
        {
            0 => body + string.Join(random.Next(2) == 0 ? " and " : " or ", Enumerable.Repeat("consensus", size)) + tail,
            1 => body + new string('(', size) + "consensus" + new string(')', size) + tail,
            2 => body + string.Concat(Enumerable.Repeat("not ", size)) + "consensus" + tail,
            3 => $"body {new string('x', size * 10)} {{ member {new string('Y', size)}; }} decision D in {new string('x', size * 10 - 1)}z {{ require consensus; }}",
            4 => "body B \"" + new string('s', size * 10) + (random.Next(2) == 0 ? "\"" : "") + " { member A; }",
            5 => "body B { member A; } decision D in B { require consensus; } facts F for D { proposal P; "
                 + string.Concat(Enumerable.Range(0, size).Select(i => $"on {Day(i)}: A {(i % 2 == 0 ? "objects" : "supports")} P; ")) + "}",
            6 => "body B { member A; } decision D in B { require R1; } "
                 + string.Concat(Enumerable.Range(1, Math.Min(size, 2_000)).Select(i => $"rule R{i} = R{i + 1} and R{i + 1}; ")) + $"rule R{Math.Min(size, 2_000) + 1} = consensus;",
            7 => body + "consensus" + tail + string.Concat(Enumerable.Repeat(" test \"w\" { as of 2024-06-01; with A supports P; with C objects P; expect D for P is approved; }", Math.Min(size, 5_000))),
            _ => string.Concat(Enumerable.Repeat(Slice(random, text, 500), Math.Max(1, size / 100))),
        };
    }

    private static string Slice(Random random, string text, int most)
    {
        if (text.Length == 0)
            return "x";
        var start = random.Next(text.Length);
        return text.Substring(start, Math.Min(text.Length - start, random.Next(1, most)));
    }

    private static string Day(int i) => new DateOnly(2000, 1, 1).AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A 32-bit seed for input <paramref name="index"/> of campaign <paramref name="campaign"/> (SplitMix64).</summary>
    internal static int Mix(long campaign, long index)
    {
        var z = unchecked((ulong)campaign * 0x9E3779B97F4A7C15 + (ulong)index + 0x632BE59BD9B4E019);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return unchecked((int)(z ^ (z >> 31)));
    }
}
