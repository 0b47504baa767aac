namespace PeerSupport.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public void Run_NoCommand_ExitsTwoAndPointsToHelp()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Required command was not provided", run.Error, StringComparison.Ordinal);
        Assert.Contains("peersupport --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsCommandsAndExamples()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "demo", "simulate", "validate", "report", "referrals", "rules" })
        {
            Assert.Contains("  " + command + " ", run.Out, StringComparison.Ordinal);
        }

        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
    [InlineData("demo")]
    [InlineData("simulate")]
    [InlineData("validate")]
    [InlineData("report")]
    [InlineData("referrals")]
    [InlineData("rules")]
    [InlineData("rules", "show")]
    [InlineData("rules", "check")]
    [InlineData("rules", "test")]
    public void Run_HelpOfEveryCommand_HasExamples(params string[] command)
    {
        var run = CliRun.Of([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Contains("peersupport " + string.Join(' ', command), run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoWithOneMessage()
    {
        var run = CliRun.Of("rules", "show", "default", "--colour", "red");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
        Assert.Contains("peersupport rules show --help", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_OutIsAFolder_ExitsTwoWithOneLine()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "r.txt"));

        var run = CliRun.Of("report", TestDatasets.Example, "--out", Path.Combine(folder.Path, "r.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([Path.Combine(folder.Path, "r.txt") + ": is a folder, expected a file name"], run.ErrorLines);
    }

    [Fact]
    public void Run_UnexpectedFailure_ExitsOneWithOneLineAndNoStackTrace()
    {
        var run = CliRun.WithFailingCommand("fail");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal("peersupport: unexpected failure: InvalidOperationException: the disk is on fire (run again with --verbose for the stack trace)", line);
        Assert.Equal(string.Empty, run.Out);
    }

    [Fact]
    public void Run_UnexpectedFailureVerbose_PrintsTheStackTrace()
    {
        var run = CliRun.WithFailingCommand("fail", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("peersupport: unexpected failure: InvalidOperationException: the disk is on fire", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_BadFormatValue_ExitsTwoNamingTheValue()
    {
        var run = CliRun.Of("rules", "show", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Error, StringComparison.Ordinal);
    }
}
