using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>Who facilitates a group. The default value is <see cref="PeerLed"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FacilitationModel>))]
public enum FacilitationModel
{
    /// <summary>Facilitated by peers only (<c>peer_led</c>).</summary>
    [JsonStringEnumMemberName("peer_led")]
    PeerLed,

    /// <summary>Co-facilitated by a peer and a trained professional (<c>co_facilitated</c>).</summary>
    [JsonStringEnumMemberName("co_facilitated")]
    CoFacilitated,

    /// <summary>Led by a licensed professional (<c>professional_led</c>).</summary>
    [JsonStringEnumMemberName("professional_led")]
    ProfessionalLed,
}
