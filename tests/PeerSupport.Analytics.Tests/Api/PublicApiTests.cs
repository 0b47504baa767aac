using PeerSupport.Tests.Shared;

namespace PeerSupport.Analytics.Tests.Api;

/// <summary>The public API of PeerSupport.Analytics matches src/PeerSupport.Analytics/PublicAPI.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() => PublicApiApproval.Verify(typeof(PeerSupport.Analytics.AnalyticsAssembly).Assembly);
}
