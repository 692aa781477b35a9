using NatoRules.Diagnostics;

namespace NatoRules.Cli.Output;

/// <summary>Prints a compilation's diagnostics to standard error in the compiler style.</summary>
internal static class DiagnosticPrinter
{
    public static void PrintAll(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
            return;
        var renderer = new DiagnosticRenderer(ConsoleStyle.ForStandardError());
        foreach (var diagnostic in diagnostics)
            renderer.Render(Console.Error, diagnostic);
        renderer.RenderSummary(Console.Error, diagnostics.ToList());
    }
}
