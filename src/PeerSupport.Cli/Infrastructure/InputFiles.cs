using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>Reads user-named files and folders, turning "not there" into bad-input errors (exit 2).</summary>
internal static class InputFiles
{
    /// <summary>
    /// Reads a whole UTF-8 text file of at most <paramref name="maxBytes"/> bytes. The size is checked before reading
    /// (and the read is bounded, in case the file grows), a zero-length entry (an empty file, or a FIFO, socket or
    /// device) is never opened, and invalid UTF-8 is an error naming its line and column, never replaced.
    /// </summary>
    /// <param name="path">The path the user gave.</param>
    /// <param name="maxBytes">The largest file accepted.</param>
    /// <returns>The text (without a byte order mark).</returns>
    /// <exception cref="CliInputException">Thrown when the file does not exist, is too large, empty, not UTF-8 or cannot be read.</exception>
    public static string ReadText(string path, int maxBytes)
    {
        var shown = Echo.Of(path);
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{shown}: is a folder, expected a file");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{shown}: file not found");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                throw new CliInputException($"{shown}: is empty or not a regular file (FIFOs, sockets and devices are never read)");
            }

            if (length > maxBytes)
            {
                throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{shown}: is {length} bytes; at most {maxBytes} are read"));
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = new byte[maxBytes + 1];
            var total = 0;
            int read;
            while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0)
            {
                total += read;
            }

            if (total > maxBytes)
            {
                throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{shown}: grew past {maxBytes} bytes while being read"));
            }

            Array.Resize(ref bytes, total);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{shown}: cannot be read ({ex.GetType().Name})", ex);
        }

        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        var chars = new char[body.Length];
        if (Utf8.ToUtf16(body, chars, out var consumed, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var before = body[..consumed];
            var line = before.Count((byte)'\n') + 1;
            var column = consumed - (before.LastIndexOf((byte)'\n') + 1) + 1;
            throw new CliInputException(string.Create(CultureInfo.InvariantCulture, $"{shown}:{line}:{column}: error: the file is not valid UTF-8 (save it as UTF-8)"));
        }

        return new string(chars, 0, written);
    }

    /// <summary>Checks that a dataset folder exists.</summary>
    /// <param name="path">The path the user gave.</param>
    /// <exception cref="CliInputException">Thrown when the folder does not exist.</exception>
    public static void RequireFolder(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new CliInputException(File.Exists(path) ? $"{path}: is a file, expected a dataset folder" : $"{path}: folder not found");
        }
    }
}
