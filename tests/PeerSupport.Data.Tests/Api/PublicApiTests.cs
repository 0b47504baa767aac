using PeerSupport.Tests.Shared;

namespace PeerSupport.Data.Tests.Api;

/// <summary>The public API of PeerSupport.Data matches src/PeerSupport.Data/PublicAPI.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() => PublicApiApproval.Verify(typeof(PeerSupport.Data.DatasetCsvReader).Assembly);
}
