namespace PeerSupport.Data.Internal;

/// <summary>
/// The file policy of the reader, applied before any dataset file is opened: a symbolic link is followed only when
/// it resolves to a file inside the dataset folder (content from elsewhere is never read, so never echoed); a name
/// that is a folder, a dangling link or a link leaving the folder is an error; and a file of length zero is never
/// opened, so a FIFO, socket or device node (whose length is zero) cannot block or feed the reader endlessly.
/// </summary>
internal static class DatasetFile
{
    private const int MaxLinkDepth = 40;

    /// <summary>What <see cref="Check"/> found.</summary>
    public enum Status
    {
        /// <summary>No entry of that name.</summary>
        Missing,

        /// <summary>Refused; the problem is recorded.</summary>
        Refused,

        /// <summary>Length zero: an empty file, or not a regular file; never opened.</summary>
        Empty,

        /// <summary>A regular file inside the folder that may be opened.</summary>
        Readable,
    }

    /// <summary>Applies the policy to <paramref name="fileName"/> in <paramref name="directory"/>, recording a problem when refused.</summary>
    /// <param name="directory">The dataset folder.</param>
    /// <param name="fileName">The file name.</param>
    /// <param name="problems">Where a refusal is recorded.</param>
    /// <param name="length">The file's length in bytes when <see cref="Status.Readable"/>.</param>
    /// <returns>The status.</returns>
    public static Status Check(string directory, string fileName, ProblemSink problems, out long length)
    {
        length = 0;
        var path = Path.Combine(directory, fileName);
        var entry = new FileInfo(path);
        if (entry.LinkTarget is null)
        {
            if (Directory.Exists(path))
            {
                problems.Error("not-a-file", $"{fileName} is a folder, expected a file", fileName, 0, 0, null);
                return Status.Refused;
            }

            if (!entry.Exists)
            {
                return Status.Missing;
            }
        }
        else
        {
            var real = RealPath(path);
            var folder = RealPath(directory);
            if (real is null || folder is null || !File.Exists(real))
            {
                problems.Error("unsafe-link", $"{fileName} is a symbolic link to a file that does not exist, so it is not read", fileName, 0, 0, null);
                return Status.Refused;
            }

            if (!real.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                problems.Error("unsafe-link", $"{fileName} is a symbolic link leading outside the dataset folder; links are followed only within the folder, so it is not read", fileName, 0, 0, null);
                return Status.Refused;
            }

            entry = new FileInfo(real);
        }

        length = entry.Length;
        return length == 0 ? Status.Empty : Status.Readable;
    }

    /// <summary>Resolves every symbolic link in a path, component by component; <see langword="null"/> for a loop or an unreadable link.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The real path.</returns>
    internal static string? RealPath(string path)
    {
        var depth = 0;
        return Resolve(Path.GetFullPath(path), ref depth);
    }

    private static string? Resolve(string full, ref int depth)
    {
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return null;
            }

            if (target is not null)
            {
                if (++depth > MaxLinkDepth)
                {
                    return null;
                }

                var resolved = Resolve(Path.GetFullPath(target, current), ref depth);
                if (resolved is null)
                {
                    return null;
                }

                next = resolved;
            }

            current = next;
        }

        return current;
    }
}
