using System.Text.Json;

namespace PeerSupport.Cli.Tests.Commands;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_PrintsHealthSummaryAndReferralSummary()
    {
        var run = CliRun.Of("demo");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("Simulated cohort (seed 1): 20 groups, ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Group Health Index", run.Out, StringComparison.Ordinal);
        Assert.Contains("Facilitation models", run.Out, StringComparison.Ordinal);
        Assert.Contains("Referral decisions as of ", run.Out, StringComparison.Ordinal);
        Assert.Contains("refer -> licensed_clinician", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Demo_SameSeed_SameOutput()
    {
        Assert.Equal(CliRun.Of("demo", "--seed", "5").Out, CliRun.Of("demo", "--seed", "5").Out);
    }

    [Fact]
    public void Demo_Out_WritesDatasetReportAndDecisions()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("demo", "--seed", "2", "--out", folder.Path);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(0, CliRun.Of("validate", Path.Combine(folder.Path, "dataset")).ExitCode);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(folder.Path, "report.html")), StringComparison.Ordinal);
        using var decisions = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, "referrals.json")));
        Assert.True(decisions.RootElement.GetProperty("decisions").GetArrayLength() > 20);
    }
}
