namespace PeerSupport.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_ExampleDataset_ExitsZeroAndSummarises()
    {
        var run = CliRun.Of("validate", TestDatasets.Example);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": valid: 2 groups, 13 members", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SimulatedDataset_ExitsZero()
    {
        var run = CliRun.Of("validate", TestDatasets.Simulated);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(": valid: 4 groups", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("groups.csv", 2, "peer_led", "peer_lead", "groups.csv:2:3", "'peer_lead' is not a valid FacilitationModel")]
    [InlineData("members.csv", 3, "2026-01-06", "2026-13-06", "members.csv:3:3", "'2026-13-06' is not a valid date")]
    [InlineData("groups.csv", 2, ",12,", ",twelve,", "groups.csv:2:6", "'twelve' is not a whole number")]
    [InlineData("assessments.csv", 2, "2026-01-06,3,", "2026-01-06,7,", "assessments.csv:2:4", "PHQ-9 item 1 must be 0–3, was 7")]
    [InlineData("attendance.csv", 2, ",absent,", ",away,", "attendance.csv:2:3", "'away'")]
    public void Validate_BadCell_ExitsTwoWithFileLineColumn(string file, int line, string find, string replace, string location, string message)
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        CsvEdits.Replace(Path.Combine(data, file), line, find, replace);

        var run = CliRun.Of("validate", data);

        Assert.True(run.ExitCode == 2, run.ToString());
        var error = Assert.Single(run.Out.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(data, location) + ": error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Contains(": invalid: 1 error(s)", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("members.csv", "N01-2824,G-NORTH,2026-01-06,,,false,true", "members.csv:15:1", "duplicate member id 'N01-2824'")]
    [InlineData("attendance.csv", "G-NORTH-S99,N01-2824,present,,", "attendance.csv:118:1", "session 'G-NORTH-S99', which is not in the dataset")]
    [InlineData("attendance.csv", "G-NORTH-S01,N03-2679,present,,", "attendance.csv:118:3", "outside their membership (from 2026-01-20)")]
    [InlineData("attendance.csv", "G-NORTH-S09,N07-4257,present,,", "attendance.csv:118:3", "outside their membership")]
    [InlineData("assessments.csv", "N01-2824,PHQ-9,2026-01-13,1,1,1,1,1,1,1,1,0,27", "assessments.csv:78:13", "27")]
    public void Validate_BadRow_ExitsTwoWithFileLineColumn(string file, string row, string location, string message)
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        CsvEdits.Append(Path.Combine(data, file), row);

        var run = CliRun.Of("validate", data);

        Assert.True(run.ExitCode == 2, run.ToString());
        var error = Assert.Single(run.Out.Split('\n'), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.StartsWith(Path.Combine(data, location) + ": error: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SeveralProblems_ListsEveryOne()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        CsvEdits.Replace(Path.Combine(data, "members.csv"), 3, "2026-01-06", "2026-13-06");
        CsvEdits.Replace(Path.Combine(data, "assessments.csv"), 2, "2026-01-06,3,", "2026-01-06,7,");
        CsvEdits.Append(Path.Combine(data, "attendance.csv"), "G-NORTH-S99,N01-2824,present,,");

        var run = CliRun.Of("validate", data);

        Assert.Equal(2, run.ExitCode);
        var errors = run.Out.Split('\n').Where(l => l.Contains(": error: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith(Path.Combine(data, "members.csv:3:3"), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(Path.Combine(data, "assessments.csv:2:4"), StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith(Path.Combine(data, "attendance.csv:118:1"), StringComparison.Ordinal));
        Assert.Contains(": invalid: 3 error(s)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredFile_ExitsTwoNamingIt()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        File.Delete(Path.Combine(data, "groups.csv"));

        var run = CliRun.Of("validate", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(data, "groups.csv") + ": error: required file groups.csv is missing", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingRequiredColumn_ExitsTwoAtTheHeader()
    {
        using var folder = new TempFolder();
        var data = TestDatasets.CopyExample(folder);
        CsvEdits.Replace(Path.Combine(data, "attendance.csv"), 1, "status", "state");

        var run = CliRun.Of("validate", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(Path.Combine(data, "attendance.csv") + ":1: error: attendance.csv lacks the required column 'status'", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MissingFolder_ExitsTwo()
    {
        var run = CliRun.Of("validate", "no-such-folder");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["no-such-folder: folder not found"], run.ErrorLines);
    }

    [Fact]
    public void Validate_MissingArgument_ExitsTwo()
    {
        var run = CliRun.Of("validate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("peersupport validate --help", run.Error, StringComparison.Ordinal);
    }
}
