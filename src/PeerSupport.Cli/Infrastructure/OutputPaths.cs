using PeerSupport.Data;

namespace PeerSupport.Cli.Infrastructure;

/// <summary>
/// The tool's policy for what it writes: an existing output is replaced only with <c>--force</c>, only when it is a
/// regular file (for a file output) or a dataset folder this tool wrote (for a dataset output), never through a
/// symbolic link, and never inside the input dataset folder. FIFOs, sockets and device nodes have length zero, so a
/// zero-length entry is never replaced.
/// </summary>
internal static class OutputPaths
{
    private const int MaxNameBytes = 255;

    /// <summary>Checks a file output (e.g. <c>report --out FILE</c>) and returns its full path.</summary>
    /// <param name="option">The option name, for messages.</param>
    /// <param name="path">The path the user gave.</param>
    /// <param name="force">Whether an existing regular file may be replaced.</param>
    /// <param name="inputFolder">The input dataset folder, which is never written into; or <see langword="null"/>.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="CliInputException">Thrown when the output may not be written.</exception>
    public static string CheckFile(string option, string path, bool force, string? inputFolder)
    {
        var full = Full(option, path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliInputException($"{Echo.Of(path)}: the folder {Echo.Of(folder)} does not exist");
        }

        if (inputFolder is not null && SameFolder(folder, inputFolder))
        {
            throw new CliInputException($"{Echo.Of(path)}: is inside the input dataset folder; write {option} somewhere else");
        }

        var entry = new FileInfo(full);
        if (entry.LinkTarget is not null)
        {
            throw new CliInputException($"{Echo.Of(path)}: is a symbolic link; outputs are never written through links (remove it or choose another {option})");
        }

        if (Directory.Exists(full))
        {
            throw new CliInputException($"{Echo.Of(path)}: is a folder, expected a file name");
        }

        if (entry.Exists)
        {
            if (!force)
            {
                throw new CliInputException($"{Echo.Of(path)}: already exists; choose another {option} or add --force to replace it");
            }

            if (entry.Length == 0)
            {
                throw new CliInputException($"{Echo.Of(path)}: is empty or not a regular file (a FIFO, socket or device), so it is not replaced; remove it first");
            }
        }

        return full;
    }

    /// <summary>Checks a dataset folder output (e.g. <c>simulate --out DIR</c>).</summary>
    /// <param name="option">The option name, for messages.</param>
    /// <param name="path">The path the user gave.</param>
    /// <param name="force">Whether an existing dataset folder may be replaced.</param>
    /// <exception cref="CliInputException">Thrown when the output may not be written.</exception>
    public static void CheckDatasetFolder(string option, string path, bool force)
    {
        var full = CheckFolder(option, path);
        if (Directory.Exists(full))
        {
            if (!force)
            {
                throw new CliInputException($"{Echo.Of(path)}: already exists; choose another {option} folder or add --force to replace it");
            }

            if (!DatasetCsvWriter.IsDatasetFolder(full))
            {
                throw new CliInputException($"{Echo.Of(path)}: is not a dataset folder written by this tool (it holds other files, folders or links), so --force does not replace it; choose another {option}");
            }
        }
    }

    /// <summary>Checks a folder output: a valid path, not a root folder, not a link, not a file.</summary>
    /// <param name="option">The option name, for messages.</param>
    /// <param name="path">The path the user gave.</param>
    /// <returns>The full path.</returns>
    /// <exception cref="CliInputException">Thrown when the output may not be written.</exception>
    public static string CheckFolder(string option, string path)
    {
        var full = Full(option, path);
        if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(full)) is null)
        {
            throw new CliInputException($"{Echo.Of(path)}: is a root folder; choose another {option}");
        }

        if (new FileInfo(Path.TrimEndingDirectorySeparator(full)).LinkTarget is not null)
        {
            throw new CliInputException($"{Echo.Of(path)}: is a symbolic link; outputs are never written through links (remove it or choose another {option})");
        }

        if (File.Exists(full))
        {
            throw new CliInputException($"{Echo.Of(path)}: is a file, expected a folder; choose another {option}");
        }

        return full;
    }

    private static string Full(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"error: {option} must not be empty");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliInputException($"{Echo.Of(path)}: is not a valid path for {option}");
        }

        // File systems limit one name to 255 bytes; a longer one would fail while writing, after the work is done.
        if (full.Split(Path.DirectorySeparatorChar).Any(name => System.Text.Encoding.UTF8.GetByteCount(name) > MaxNameBytes))
        {
            throw new CliInputException(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Echo.Of(path)}: a name in the path is longer than {MaxNameBytes} bytes, which file systems do not allow; choose another {option}"));
        }

        return full;
    }

    private static bool SameFolder(string a, string b)
    {
        var first = RealPath(a);
        var second = RealPath(b);
        return string.Equals(Path.TrimEndingDirectorySeparator(first), Path.TrimEndingDirectorySeparator(second), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return Directory.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
