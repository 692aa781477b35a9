using System.CommandLine.Parsing;

namespace NatoRules.Cli.Commands;

/// <summary>Checks on the path arguments of commands.</summary>
internal static class PathArguments
{
    /// <summary>
    /// An argument that takes any number of paths also swallows unknown options; a token that looks
    /// like an option and names no file is reported as the unknown option it is.
    /// </summary>
    public static void RejectOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens)
            if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                result.AddError($"unknown option '{token.Value}'");
    }
}
