using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>The urgency of a referral, ordered as FHIR RequestPriority: routine &lt; urgent &lt; asap &lt; stat. The default value is <see cref="Routine"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralPriority>))]
public enum ReferralPriority
{
    /// <summary>Routine (<c>routine</c>).</summary>
    [JsonStringEnumMemberName("routine")]
    Routine,

    /// <summary>Urgent (<c>urgent</c>).</summary>
    [JsonStringEnumMemberName("urgent")]
    Urgent,

    /// <summary>As soon as possible (<c>asap</c>).</summary>
    [JsonStringEnumMemberName("asap")]
    Asap,

    /// <summary>Immediately (same day) (<c>stat</c>).</summary>
    [JsonStringEnumMemberName("stat")]
    Stat,
}
