using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>A facilitation role. Peer support is a non-clinical role; only <see cref="LicensedClinician"/> counts as a licensed professional. The default value is <see cref="PeerFacilitator"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FacilitatorRole>))]
public enum FacilitatorRole
{
    /// <summary>A trained peer facilitator (<c>peer_facilitator</c>).</summary>
    [JsonStringEnumMemberName("peer_facilitator")]
    PeerFacilitator,

    /// <summary>A certified peer specialist (<c>certified_peer_specialist</c>).</summary>
    [JsonStringEnumMemberName("certified_peer_specialist")]
    CertifiedPeerSpecialist,

    /// <summary>A licensed clinician (e.g. LCSW, LPC, psychologist) (<c>licensed_clinician</c>).</summary>
    [JsonStringEnumMemberName("licensed_clinician")]
    LicensedClinician,

    /// <summary>A supervisor of peer staff (<c>supervisor</c>).</summary>
    [JsonStringEnumMemberName("supervisor")]
    Supervisor,
}
