namespace NatoRules.Cli;

/// <summary>The documented exit codes of <c>natorules</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything evaluated; every checked decision approved, every test passed, no syntax error.</summary>
    public const int Success = 0;

    /// <summary>Evaluated, and at least one decision is not approved or one test failed.</summary>
    public const int NotApproved = 1;

    /// <summary>The input has errors (syntax, semantics, unreadable file, bad facts), or needs more steps than a limit allows; nothing was reported as evaluated.</summary>
    public const int InputErrors = 2;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 64;

    /// <summary>A bug in natorules itself (reported in one line, never as a stack trace).</summary>
    public const int InternalError = 70;
}
