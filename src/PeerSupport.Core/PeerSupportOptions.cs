using PeerSupport.Facilitation;

namespace PeerSupport;

/// <summary>
/// Options of the PeerSupport services registered by <see cref="PeerSupportServiceCollectionExtensions.AddPeerSupport"/>.
/// The referral engine's options (cooldown, assessment window, time zone) are <see cref="Rules.ReferralEngineOptions"/>.
/// </summary>
public sealed class PeerSupportOptions
{
    /// <summary>Gets the facilitation policy requirements. The default value has the defaults of <see cref="FacilitationPolicyOptions"/>.</summary>
    [Microsoft.Extensions.Options.ValidateObjectMembers]
    public FacilitationPolicyOptions Facilitation { get; } = new();
}
