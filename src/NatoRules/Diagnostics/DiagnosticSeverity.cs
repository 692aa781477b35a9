namespace NatoRules.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not reported.</summary>
    Hidden = 0,
    /// <summary>Worth knowing; does not stop evaluation.</summary>
    Info = 1,
    /// <summary>Probably a mistake; does not stop evaluation.</summary>
    Warning = 2,
    /// <summary>The input is wrong; nothing is evaluated.</summary>
    Error = 3,
}
