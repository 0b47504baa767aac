using PeerSupport.Tests.Shared;

namespace PeerSupport.Rules.Tests.Api;

/// <summary>The public API of PeerSupport.Rules matches src/PeerSupport.Rules/PublicAPI.approved.txt.</summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedFile() => PublicApiApproval.Verify(typeof(PeerSupport.Rules.CompiledRuleSet).Assembly);
}
