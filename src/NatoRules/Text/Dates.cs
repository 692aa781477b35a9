using System.Globalization;

namespace NatoRules.Text;

/// <summary>ISO 8601 dates for messages and outputs, whatever the current culture (a Thai or Japanese calendar would change the year).</summary>
internal static class Dates
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly? date) => date is { } d ? Iso(d) : "";
}
