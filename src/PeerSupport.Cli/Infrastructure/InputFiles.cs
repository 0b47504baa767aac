namespace PeerSupport.Cli.Infrastructure;

/// <summary>Reads user-named files and folders, turning "not there" into bad-input errors (exit 2).</summary>
internal static class InputFiles
{
    /// <summary>Reads a whole UTF-8 text file.</summary>
    /// <param name="path">The path the user gave.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliInputException">Thrown when the file does not exist or cannot be read.</exception>
    public static string ReadText(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliInputException($"{path}: is a folder, expected a file");
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"{path}: file not found");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"{path}: cannot be read ({ex.GetType().Name})", ex);
        }
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
