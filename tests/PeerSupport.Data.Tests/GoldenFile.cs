using System.Text;

namespace PeerSupport.Data.Tests;

/// <summary>
/// Golden-file checks: the expected text lives in tests/PeerSupport.Data.Tests/Golden (copied next to the test
/// assembly). A mismatch fails with the first differing lines; to re-approve an intended change run the tests with
/// PEERSUPPORT_ACCEPT_GOLDEN=1, review the diff, and commit the files.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("PEERSUPPORT_ACCEPT_GOLDEN") == "1")
        {
            var folder = Path.Combine(ProjectFolder(), "Golden");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name), actual, new UTF8Encoding(false));
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(path), $"Golden file {path} does not exist; record it with PEERSUPPORT_ACCEPT_GOLDEN=1.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var lines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expected.Length, lines.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "<end of file>";
            var a = i < lines.Length ? lines[i] : "<end of file>";
            Assert.True(e == a, $"{name} differs at line {i + 1}:\n- {e}\n+ {a}\nRe-approve an intended change with PEERSUPPORT_ACCEPT_GOLDEN=1 and review the diff.");
        }
    }

    private static string ProjectFolder()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PeerSupport.Data.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory));
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project folder above " + AppContext.BaseDirectory);
    }
}
