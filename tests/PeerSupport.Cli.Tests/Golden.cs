using System.Text;

namespace PeerSupport.Cli.Tests;

/// <summary>
/// Golden-file checks: the expected output lives in tests/PeerSupport.Cli.Tests/Golden. A mismatch fails with a
/// diff of the first differing lines and says how to re-approve: run the tests with PEERSUPPORT_ACCEPT_GOLDEN=1,
/// review the changed files with git diff, and commit them.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("PEERSUPPORT_ACCEPT_GOLDEN") == "1")
        {
            var folder = Path.Combine(FindTestsFolder(), "Golden");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name), actual, new UTF8Encoding(false));
            return;
        }

        // The golden files are copied next to the test assembly, so this works wherever the build ran.
        var path = Path.Combine(AppContext.BaseDirectory, "Golden", name);

        var expected = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            return;
        }

        var message = new StringBuilder();
        message.AppendLine(expected is null ? $"Golden file {path} does not exist." : $"Output differs from golden file {path}:");
        if (expected is not null)
        {
            message.Append(Diff(expected, actual));
        }

        message.AppendLine("If the change is intended, re-approve: PEERSUPPORT_ACCEPT_GOLDEN=1 dotnet test tests/PeerSupport.Cli.Tests --filter MatchesGolden, review with git diff, and commit the Golden files.");
        Assert.Fail(message.ToString());
    }

    internal static string Diff(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var text = new StringBuilder();
        var shown = 0;
        for (var i = 0; i < Math.Max(e.Length, a.Length) && shown < 12; i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right)
            {
                text.AppendLine($"  line {i + 1}:");
                text.AppendLine($"  - {left}");
                text.AppendLine($"  + {right}");
                shown++;
            }
        }

        return text.ToString();
    }

    private static string FindTestsFolder()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "PeerSupport.Cli.Tests.csproj")))
        {
            directory = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory));
        }

        return directory ?? throw new InvalidOperationException("Cannot find the test project folder above " + AppContext.BaseDirectory);
    }
}
