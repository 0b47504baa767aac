using PeerSupport.Tests.Shared;

namespace PeerSupport.Core.Tests.Api;

/// <summary>The public API of PeerSupport.Core matches src/PeerSupport.Core/PublicAPI.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() => PublicApiApproval.Verify(typeof(PeerSupport.Domain.MemberId).Assembly);
}
