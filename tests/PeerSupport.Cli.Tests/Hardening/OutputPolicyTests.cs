using System.Diagnostics;

namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>Outputs never clobber: existing paths are replaced only with --force, only when they are what the tool writes.</summary>
public sealed class OutputPolicyTests
{
    private static readonly string[] s_small = ["--groups", "2", "--members-per-group", "4", "--weeks", "4"];

    [Theory]
    [InlineData("report")]
    [InlineData("simulate")]
    [InlineData("demo")]
    public void EmptyOut_ExitsTwo(string command)
    {
        string[] args = command switch
        {
            "report" => ["report", TestDatasets.Example, "--out", ""],
            "simulate" => ["simulate", "--out", "", .. s_small],
            _ => ["demo", "--out", ""],
        };

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--out must not be empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ExistingFile_IsKeptWithoutForceAndReplacedWithIt()
    {
        using var folder = new TempFolder();
        var file = folder.Write("r.txt", "mine");

        var refused = CliRun.Of("report", TestDatasets.Example, "--out", file);
        var kept = File.ReadAllText(file);
        var forced = CliRun.Of("report", TestDatasets.Example, "--out", file, "--force");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("already exists", refused.Error, StringComparison.Ordinal);
        Assert.Equal("mine", kept);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.NotEqual("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Report_OutIsASymlink_IsRefusedEvenWithForce()
    {
        using var folder = new TempFolder();
        var target = folder.Write("target.txt", "precious");
        var link = folder.File("link.txt");
        File.CreateSymbolicLink(link, target);

        var run = CliRun.Of("report", TestDatasets.Example, "--out", link, "--force");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("symbolic link", run.Error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void Report_OutIsAFifo_IsRefusedEvenWithForce()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var fifo = folder.File("pipe");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var run = CliRun.Of("report", TestDatasets.Example, "--out", fifo, "--force");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutInsideTheInputDataset_IsRefusedEvenWithForce()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        var groups = File.ReadAllText(Path.Combine(data, "groups.csv"));

        var run = CliRun.Of("report", data, "--out", Path.Combine(data, "groups.csv"), "--force");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("inside the input dataset folder", run.Error, StringComparison.Ordinal);
        Assert.Equal(groups, File.ReadAllText(Path.Combine(data, "groups.csv")));
    }

    [Fact]
    public void Simulate_ForceOnAFolderThatIsNotADataset_IsRefusedAndNothingIsDeleted()
    {
        using var folder = new TempFolder();
        var mine = folder.Write("home/notes.txt", "mine");

        var run = CliRun.Of(["simulate", "--out", folder.File("home"), "--force", .. s_small]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("not a dataset folder", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(mine));
    }

    [Fact]
    public void Simulate_ForceOnADatasetItWrote_ReplacesIt()
    {
        using var folder = new TempFolder();
        var first = CliRun.Of(["simulate", "--out", folder.File("d"), .. s_small]);
        var second = CliRun.Of(["simulate", "--out", folder.File("d"), "--force", "--seed", "5", .. s_small]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal([folder.File("d")], Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Simulate_OutIsAFile_ExitsTwoAndKeepsIt(bool force)
    {
        using var folder = new TempFolder();
        var file = folder.Write("f", "mine");

        var run = CliRun.Of(["simulate", "--out", file, .. s_small, .. force ? new[] { "--force" } : []]);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Demo_OutIsAFile_ExitsTwoAndKeepsIt()
    {
        using var folder = new TempFolder();
        var file = folder.Write("f", "mine");

        var run = CliRun.Of("demo", "--out", file);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Demo_TwiceIntoTheSameFolder_ReplacesItsOwnOutput()
    {
        using var folder = new TempFolder();
        var first = CliRun.Of("demo", "--out", folder.File("demo"));
        var second = CliRun.Of("demo", "--out", folder.File("demo"), "--seed", "3");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
    }

    [Fact]
    public void Referrals_RuleFileWithInvalidUtf8_ExitsTwoNamingItsLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("rules.json");
        File.WriteAllBytes(path, [.. "{\n  \"id\": \"x"u8, 0xC3, 0x28, .. "\"\n}\n"u8]);

        var run = CliRun.Of("rules", "check", path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(":2:", run.Error, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MembersPerGroupHelp_MatchesTheSimulatorsLimit()
    {
        var help = CliRun.Of("simulate", "--help");
        var run = CliRun.Of("simulate", "--out", "x", "--members-per-group", "501");

        Assert.Contains("(1–500;", help.Out, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("--members-per-group must be between 1 and 500, was 501", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("simulate")]
    [InlineData("report")]
    public void OutWithANameLongerThanTheFileSystemAllows_ExitsTwo(string command)
    {
        using var folder = new TempFolder();
        var path = folder.File(new string('9', 400));
        string[] args = command switch
        {
            "report" => ["report", TestDatasets.Example, "--out", path],
            "simulate" => ["simulate", "--out", path, .. s_small],
            _ => ["demo", "--out", path],
        };

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("longer than 255 bytes", run.Error, StringComparison.Ordinal);
    }
}
