namespace PeerSupport.Cli.Tests.Commands;

public sealed class SimulateCommandTests
{
    [Fact]
    public void Simulate_SameSeedTwice_WritesByteIdenticalFiles()
    {
        using var folder = new TempFolder();
        var first = CliRun.Of(TestDatasets.SimulateArgs(folder.File("a")));
        var second = CliRun.Of(TestDatasets.SimulateArgs(folder.File("b")));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var files = Directory.GetFiles(folder.File("a")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Directory.GetFiles(folder.File("b")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("members.csv", files);
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder.File("a"), file!)), File.ReadAllBytes(Path.Combine(folder.File("b"), file!)));
        }
    }

    [Fact]
    public void Simulate_DifferentSeed_WritesDifferentData()
    {
        using var folder = new TempFolder();
        var args = TestDatasets.SimulateArgs(folder.File("a"));
        CliRun.Of(args);
        args[1 + Array.IndexOf(args, "--seed")] = "12";
        args[1 + Array.IndexOf(args, "--out")] = folder.File("b");

        var run = CliRun.Of(args);

        Assert.Equal(0, run.ExitCode);
        Assert.NotEqual(File.ReadAllText(Path.Combine(folder.File("a"), "attendance.csv")), File.ReadAllText(Path.Combine(folder.File("b"), "attendance.csv")));
    }

    [Fact]
    public void Simulate_Output_DescribesTheCohortAndValidates()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("simulate", "--out", folder.File("d"), "--groups", "2", "--members-per-group", "5", "--weeks", "6", "--seed", "3", "--icc", "0.1", "--start", "2024-09-02");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Simulated cohort (seed 3): 2 groups, ", run.Out, StringComparison.Ordinal);
        Assert.Equal(0, CliRun.Of("validate", folder.File("d")).ExitCode);
        Assert.Contains("2024-09-0", File.ReadAllText(Path.Combine(folder.File("d"), "sessions.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ExistingFolder_ExitsTwoUnlessForcedAndADataset()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("d"));
        File.WriteAllText(Path.Combine(folder.File("d"), "keep.txt"), "mine");
        CliRun.Of("simulate", "--out", folder.File("e"), "--groups", "2", "--weeks", "4");

        var refused = CliRun.Of("simulate", "--out", folder.File("d"), "--groups", "2", "--weeks", "4");
        var refusedForced = CliRun.Of("simulate", "--out", folder.File("d"), "--groups", "2", "--weeks", "4", "--force");
        var keptAfterRefusal = File.Exists(Path.Combine(folder.File("d"), "keep.txt"));
        var forced = CliRun.Of("simulate", "--out", folder.File("e"), "--groups", "2", "--weeks", "4", "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists", refused.Error, StringComparison.Ordinal);
        Assert.Equal(2, refusedForced.ExitCode);
        Assert.Contains("not a dataset folder", refusedForced.Error, StringComparison.Ordinal);
        Assert.True(keptAfterRefusal);
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder.File("e"), "groups.csv")));
    }

    [Theory]
    [InlineData("--groups", "0", "--groups must be between 1 and 100000, was 0")]
    [InlineData("--weeks", "-3", "--weeks must be between 1 and 520, was -3")]
    [InlineData("--seed", "abc", "abc")]
    [InlineData("--start", "06/01/2025", "--start must be an ISO date (yyyy-MM-dd), was '06/01/2025'")]
    public void Simulate_BadOption_ExitsTwoNamingTheRule(string option, string value, string message)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("simulate", "--out", folder.File("d"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("d")));
    }

    [Fact]
    public void Simulate_IccOutOfRange_ExitsTwoWithTheSimulatorsRule()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("simulate", "--out", folder.File("d"), "--icc", "1.5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: --icc (Phq9Icc) must be between 0 and 0.9.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("d")));
    }

    [Theory]
    [InlineData("1899-12-31")]
    [InlineData("2201-01-01")]
    public void Simulate_StartOutOfRange_ExitsTwoWithTheSimulatorsRule(string start)
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("simulate", "--out", folder.File("d"), "--start", start);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"error: --start (StartDate) must be between 1900-01-01 and 2200-12-31, was {start}.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("d")));
    }

    [Fact]
    public void Simulate_WithoutOut_ExitsTwo()
    {
        var run = CliRun.Of("simulate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }
}
