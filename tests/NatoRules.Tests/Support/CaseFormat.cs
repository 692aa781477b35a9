using NatoRules.Diagnostics;

namespace NatoRules.Tests.Support;

/// <summary>How binding and facts cases write a diagnostic: <c>file(line,col): ID: message [help]</c>.</summary>
internal static class CaseFormat
{
    public static string Format(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.LineSpan.Start;
        return $"{Path.GetFileName(diagnostic.Location.Path)}({start.Line + 1},{start.Character + 1}): {diagnostic.Id}: {diagnostic.Message}"
            + (diagnostic.Help is { } help ? $" [{help}]" : "");
    }

    public static string[] Expected(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
}
