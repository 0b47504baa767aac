using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>Where a referral is in its lifecycle. Open: recommended, made, accepted; closed: completed, declined, lost. The default value is <see cref="Recommended"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    /// <summary>Recommended by a rule or a person, not yet made (<c>recommended</c>).</summary>
    [JsonStringEnumMemberName("recommended")]
    Recommended,

    /// <summary>Made to the target service (<c>made</c>).</summary>
    [JsonStringEnumMemberName("made")]
    Made,

    /// <summary>Accepted by the target service (<c>accepted</c>).</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>Completed (<c>completed</c>).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Declined by the member or the service (<c>declined</c>).</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,

    /// <summary>Lost to follow-up (<c>lost</c>).</summary>
    [JsonStringEnumMemberName("lost")]
    Lost,
}
