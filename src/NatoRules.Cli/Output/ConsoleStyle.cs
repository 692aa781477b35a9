namespace NatoRules.Cli.Output;

/// <summary>ANSI colour, used only when writing to a terminal and never when NO_COLOR is set.</summary>
internal sealed class ConsoleStyle
{
    private ConsoleStyle(bool enabled) => Enabled = enabled;

    public bool Enabled { get; }

    public static ConsoleStyle Plain { get; } = new(false);

    public static ConsoleStyle ForStandardError() => new(UseColour(Console.IsErrorRedirected));

    public static ConsoleStyle ForStandardOutput() => new(UseColour(Console.IsOutputRedirected));

    private static bool UseColour(bool redirected) =>
        !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public string Red(string text) => Wrap("31;1", text);

    public string Yellow(string text) => Wrap("33;1", text);

    public string Blue(string text) => Wrap("34;1", text);

    public string Green(string text) => Wrap("32;1", text);

    public string Bold(string text) => Wrap("1", text);

    private string Wrap(string code, string text) => Enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
