using System.Text;

namespace NatoRules.Fuzz;

/// <summary>JSON facts documents mutated in their structure, and documents generated from the facts schema's names.</summary>
internal static class JsonShapes
{
    private static readonly string[] Keys =
    [
        "facts", "for", "candidates", "matters", "positions", "guarantees", "name", "title", "national", "description",
        "on", "member", "members", "stance", "candidate", "unless", "if", "matter", "from", "to", "form", "declared",
        "withdrawn", "unknown",
    ];

    private static readonly string[] Scalars =
    [
        "\"SG2024\"", "\"SG\"", "\"Rutte\"", "\"HUN\"", "\"TUR\"", "\"objects\"", "\"supports\"", "\"2024-01-01\"",
        "\"2024-02-30\"", "\"9999-12-31\"", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "0", "-1", "1e309", "12345678901234567890",
        "true", "false", "null", "[]", "{}",
    ];

    private static readonly string[] Pieces = ["{", "}", "[", "]", ",", ":", "\"", "\\", "null", "\"on\":", "//", "/*"];

    public static string Mutate(Random random, string text)
    {
        var builder = new StringBuilder(text);
        var count = random.Next(1, 5);
        for (var m = 0; m < count; m++)
        {
            var at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1:
                    builder.Insert(at, Scalars[random.Next(Scalars.Length)]);
                    break;
                case 2:
                {
                    // Wrap a stretch of the document in an array or object, or cut it short.
                    var end = Math.Min(builder.Length, at + random.Next(0, 80));
                    if (random.Next(2) == 0)
                        builder.Insert(end, "]").Insert(at, "[");
                    else
                        builder.Length = at;
                    break;
                }
                default:
                {
                    var key = Keys[random.Next(Keys.Length)];
                    builder.Insert(at, $"\"{key}\": {Scalars[random.Next(Scalars.Length)]}, ");
                    break;
                }
            }
        }
        return builder.ToString();
    }

    public static string Document(Random random)
    {
        var builder = new StringBuilder();
        Value(random, builder, depth: 0);
        return builder.ToString();
    }

    private static void Value(Random random, StringBuilder builder, int depth)
    {
        var choice = depth > 6 ? 3 : random.Next(depth == 0 ? 2 : 5);
        switch (choice)
        {
            case 0:
                builder.Append('{');
                var fields = random.Next(0, 7);
                for (var i = 0; i < fields; i++)
                {
                    if (i > 0)
                        builder.Append(',');
                    builder.Append('"').Append(Keys[random.Next(Keys.Length)]).Append("\":");
                    Value(random, builder, depth + 1);
                }
                builder.Append('}');
                break;
            case 1:
                builder.Append('[');
                var items = random.Next(0, 5);
                for (var i = 0; i < items; i++)
                {
                    if (i > 0)
                        builder.Append(',');
                    Value(random, builder, depth + 1);
                }
                builder.Append(']');
                break;
            case 2:
                builder.Append(new string('[', random.Next(1, 2_000)));
                break;
            default:
                builder.Append(Scalars[random.Next(Scalars.Length)]);
                break;
        }
    }
}
