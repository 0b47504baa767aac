namespace PeerSupport.Data.Tests;

/// <summary>The synthetic example dataset of docs/dataset-format.md (copied into TestData/example) and helpers to derive broken copies of it.</summary>
internal static class ExampleDataset
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "example");

    /// <summary>Copies the example into <paramref name="destination"/> (a new folder) and returns it.</summary>
    public static string CopyTo(string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(Folder))
        {
            var target = Path.Combine(destination, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetAttributes(target, FileAttributes.Normal);
        }

        return destination;
    }

    /// <summary>Replaces line <paramref name="line"/> (1-based) of a file with <paramref name="text"/>.</summary>
    public static void ReplaceLine(string folder, string file, int line, string text)
    {
        var path = Path.Combine(folder, file);
        var lines = File.ReadAllLines(path);
        lines[line - 1] = text;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    /// <summary>Appends a line to a file.</summary>
    public static int AppendLine(string folder, string file, string text)
    {
        var path = Path.Combine(folder, file);
        File.AppendAllText(path, text + "\n");
        return File.ReadAllLines(path).Length;
    }

    /// <summary>Gets line <paramref name="line"/> (1-based) of a file.</summary>
    public static string Line(string folder, string file, int line) => File.ReadAllLines(Path.Combine(folder, file))[line - 1];
}
