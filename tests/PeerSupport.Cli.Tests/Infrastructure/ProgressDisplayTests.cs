using PeerSupport.Cli.Infrastructure;

namespace PeerSupport.Cli.Tests.Infrastructure;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Run_Interactive_ShowsTheStepOnStderrOnly()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var display = new ProgressDisplay(new CliConsole(output, error, IsInteractive: true));

        var result = display.Run("Counting", () => 42);

        Assert.Equal(42, result);
        Assert.Equal(string.Empty, output.ToString());
        Assert.Contains("Counting: done in ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Redirected_WritesNothing()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var display = new ProgressDisplay(new CliConsole(output, error, IsInteractive: false));

        display.Run("Counting", () => 1);

        Assert.Equal(string.Empty, output.ToString());
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void Run_StepThrows_ReportsFailureAndRethrows()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var display = new ProgressDisplay(new CliConsole(output, error, IsInteractive: true));

        Assert.Throws<InvalidOperationException>(() => display.Run<int>("Counting", () => throw new InvalidOperationException("x")));
        Assert.Contains("Counting: failed", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_Interactive_KeepsStdoutIdenticalToRedirected()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run(["report", TestDatasets.Example], new CliConsole(output, error, IsInteractive: true));

        Assert.Equal(0, exit);
        Assert.Equal(CliRun.Of("report", TestDatasets.Example).Out, output.ToString().ReplaceLineEndings("\n"));
        Assert.Contains("Analysing group health: done in", error.ToString(), StringComparison.Ordinal);
    }
}
