using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>The acuity standard a group works to. The default value is <see cref="Standard"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Acuity>))]
public enum Acuity
{
    /// <summary>Standard acuity (<c>standard</c>).</summary>
    [JsonStringEnumMemberName("standard")]
    Standard,

    /// <summary>Elevated acuity: members may have more severe needs, so a licensed clinician must co-facilitate every session (<c>elevated</c>).</summary>
    [JsonStringEnumMemberName("elevated")]
    Elevated,
}
