using System.Text;
using NatoRules.Text;

namespace NatoRules.Cli.Input;

/// <summary>Reads source files as strict UTF-8, turning every way a file can be unreadable into one clear message.</summary>
internal static class SourceLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The largest file read, in bytes.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Reads <paramref name="path"/>; on failure returns null and sets <paramref name="error"/>.</summary>
    public static SourceText? TryRead(string path, out string? error)
    {
        error = null;
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                error = $"{path}: is a directory, not a file";
                return null;
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"{path}: file not found";
                return null;
            }
            if (info.Length > MaxFileBytes)
            {
                error = $"{path}: file is {info.Length} bytes; the limit is {MaxFileBytes} bytes";
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"{path}: cannot read the file: {e.Message}";
            return null;
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            error = $"{path}: binary file (NUL byte at offset {nul}); rule files are UTF-8 text";
            return null;
        }
        try
        {
            // GetString keeps a byte-order mark as U+FEFF, so the text round-trips byte for byte.
            return SourceText.From(StrictUtf8.GetString(bytes), path);
        }
        catch (DecoderFallbackException e)
        {
            error = $"{path}: not valid UTF-8 (invalid byte at offset {e.Index}); rule files are UTF-8 text";
            return null;
        }
    }
}
