namespace PeerSupport.Cli.Tests;

/// <summary>Line edits on CSV files that keep the file's CRLF or LF line ends.</summary>
internal static class CsvEdits
{
    public static void Replace(string path, int line, string find, string replace)
    {
        var (lines, newline) = Read(path);
        Assert.Contains(find, lines[line - 1], StringComparison.Ordinal);
        lines[line - 1] = lines[line - 1].Replace(find, replace, StringComparison.Ordinal);
        File.WriteAllText(path, string.Join(newline, lines) + newline);
    }

    public static void Append(string path, string row)
    {
        var (lines, newline) = Read(path);
        lines.Add(row);
        File.WriteAllText(path, string.Join(newline, lines) + newline);
    }

    private static (List<string> Lines, string NewLine) Read(string path)
    {
        var text = File.ReadAllText(path);
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = text.Split(newline).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return (lines, newline);
    }
}
