using PeerSupport.Tests.Shared;

namespace PeerSupport.Analytics.Tests.Api;

/// <summary>The public API of PeerSupport.Analytics matches src/PeerSupport.Analytics/PublicAPI.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() => PublicApiApproval.Verify(typeof(PeerSupport.Analytics.AnalyticsAssembly).Assembly);

    [Fact]
    public void Generate_MultidimensionalArrayParameter_KeepsItsRank()
    {
        var api = PublicApiApproval.Generate(typeof(PeerSupport.Analytics.AnalyticsAssembly).Assembly);
        Assert.Contains("CronbachAlphaResult Compute(double[,] items)", api, StringComparison.Ordinal);
        Assert.Contains("ShroutFleissIccResult Compute(double[,] ratings)", api, StringComparison.Ordinal);
        Assert.Contains("double[,] covariates,", api, StringComparison.Ordinal);
    }
}
