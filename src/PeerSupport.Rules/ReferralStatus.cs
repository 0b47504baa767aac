using System.Text.Json.Serialization;

namespace PeerSupport.Rules;

/// <summary>
/// Where a referral is in its lifecycle; cooldown suppression looks only at open referrals. Open: recommended, made,
/// accepted; closed: completed, declined, lost. JSON and CSV: the lower snake_case names. The default value is
/// <see cref="Recommended"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferralStatus>))]
public enum ReferralStatus
{
    /// <summary>Recommended by a rule or a person, not yet made (<c>recommended</c>; open).</summary>
    [JsonStringEnumMemberName("recommended")]
    Recommended,

    /// <summary>Made to the target service (<c>made</c>; open).</summary>
    [JsonStringEnumMemberName("made")]
    Made,

    /// <summary>Accepted by the target service (<c>accepted</c>; open).</summary>
    [JsonStringEnumMemberName("accepted")]
    Accepted,

    /// <summary>Completed (<c>completed</c>; closed).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Declined by the member or the service (<c>declined</c>; closed).</summary>
    [JsonStringEnumMemberName("declined")]
    Declined,

    /// <summary>Lost to follow-up (<c>lost</c>; closed).</summary>
    [JsonStringEnumMemberName("lost")]
    Lost,
}
