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
        Assert.Contains("rules", run.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Theory]
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
    public void Run_BadFormatValue_ExitsTwoNamingTheValue()
    {
        var run = CliRun.Of("rules", "show", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'xml'", run.Error, StringComparison.Ordinal);
    }
}
