using System.Globalization;
using System.Text.Json;
using NatoRules.Analysis;
using NatoRules.Binding;

namespace NatoRules.Hosting;

/// <summary>
/// The JSON form of a <see cref="PowerAnalysis"/>, shared by the command line and the HTTP service: every index as an
/// exact fraction (<c>"421/2145"</c>) with its decimal, counts as strings of digits (they can exceed 2^53).
/// </summary>
public static class PowerJson
{
    /// <summary>Writes <paramref name="power"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, PowerAnalysis power)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(power);
        writer.WriteStartObject();
        writer.WriteString("decision", power.Decision.QualifiedName);
        writer.WriteString("asOf", power.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("method", power.Method);
        writer.WriteString("winningCoalitions", power.WinningCoalitions.ToString(CultureInfo.InvariantCulture));
        WriteCoalitions(writer, "minimalWinning", power.MinimalWinningCoalitions, power.SmallestWinningSize, power.SmallestMinimalWinning);
        WriteCoalitions(writer, "minimalBlocking", power.MinimalBlockingCoalitions, power.SmallestBlockingSize, power.SmallestMinimalBlocking);
        writer.WriteBoolean("proper", power.IsProper);
        writer.WriteBoolean("strong", power.IsStrong);
        if (power.IsWeighted is { } weighted)
            writer.WriteBoolean("weighted", weighted);
        else
            writer.WriteNull("weighted");
        writer.WriteStartArray("members");
        foreach (var member in power.Members)
        {
            writer.WriteStartObject();
            writer.WriteString("member", member.Member.Name);
            writer.WriteString("swings", member.Swings.ToString(CultureInfo.InvariantCulture));
            WriteFraction(writer, "banzhaf", member.Banzhaf);
            WriteFraction(writer, "normalizedBanzhaf", member.NormalizedBanzhaf);
            WriteFraction(writer, "shapleyShubik", member.ShapleyShubik);
            writer.WriteBoolean("canBlockAlone", member.CanBlockAlone);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in power.Notes)
            writer.WriteStringValue(note);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFraction(Utf8JsonWriter writer, string name, Fraction value)
    {
        writer.WriteStartObject(name);
        writer.WriteString("exact", value.ToString());
        writer.WriteString("decimal", value.ToDecimalString(9));
        writer.WriteEndObject();
    }

    private static void WriteCoalitions(Utf8JsonWriter writer, string name, System.Numerics.BigInteger count, int smallest,
        IReadOnlyList<IReadOnlyList<MemberSymbol>> examples)
    {
        writer.WriteStartObject(name);
        writer.WriteString("count", count.ToString(CultureInfo.InvariantCulture));
        writer.WriteNumber("smallestSize", smallest);
        writer.WriteStartArray("smallest");
        foreach (var coalition in examples)
        {
            writer.WriteStartArray();
            foreach (var member in coalition)
                writer.WriteStringValue(member.Name);
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
