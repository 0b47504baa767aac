namespace PeerSupport.Cli.Tests.Hardening;

/// <summary>Every malformed or out-of-range option value is a parse error: exit 2, one located line, no exception.</summary>
public sealed class OptionParsingTests
{
    [Theory]
    [InlineData("simulate", "--groups", "abc", "--groups must be a whole number, was 'abc'")]
    [InlineData("simulate", "--groups", "10000000000", "--groups must be between 1 and 100000, was 10000000000")]
    [InlineData("simulate", "--weeks", "", "--weeks must be a whole number, was ''")]
    [InlineData("simulate", "--members-per-group", "0x10", "--members-per-group must be a whole number, was '0x10'")]
    [InlineData("simulate", "--members-per-group", "+5", "--members-per-group must be a whole number, was '+5'")]
    [InlineData("simulate", "--seed", "abc", "--seed must be a whole number, was 'abc'")]
    [InlineData("simulate", "--seed", "99999999999999999999", "--seed must be between")]
    [InlineData("simulate", "--icc", "NaN", "--icc must be a number such as 0.05")]
    [InlineData("simulate", "--icc", "0,1", "--icc must be a number such as 0.05")]
    [InlineData("report", "--min-cell", "1.5", "--min-cell must be a whole number, was '1.5'")]
    [InlineData("demo", "--seed", "1e3", "--seed must be a whole number, was '1e3'")]
    public void BadNumber_ExitsTwoWithOneLineNamingTheOption(string command, string option, string value, string message)
    {
        using var folder = new TempFolder();
        string[] args = command switch
        {
            "simulate" => ["simulate", "--out", folder.File("d"), option, value],
            "report" => ["report", TestDatasets.Example, option, value],
            _ => [command, option, value],
        };

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("d")));
    }

    [Fact]
    public void ControlCharactersInAnArgument_AreEscapedAndClipped()
    {
        var run = CliRun.Of("simulate", "--out", "x", "--groups", "\u001b[31m" + new string('9', 500) + "\u0007");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.DoesNotContain('\u0007', run.Error);
        Assert.Contains("\\u001B[31m", run.Error, StringComparison.Ordinal);
        Assert.All(run.ErrorLines, line => Assert.True(line.Length < 300, line));
    }
}

/// <summary>Sizes beyond the documented limit are refused up front, with the estimated memory.</summary>
public sealed class SimulationSizeTests
{
    [Fact]
    public void Simulate_HugeCohort_IsRefusedUpFrontWithTheEstimatedMemory()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("simulate", "--out", folder.File("d"), "--groups", "100000", "--members-per-group", "500", "--weeks", "520");

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains("the cohort is too large", run.Error, StringComparison.Ordinal);
        Assert.Contains("GB of memory", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("d")));
    }
}
