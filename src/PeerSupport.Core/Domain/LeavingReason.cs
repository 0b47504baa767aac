using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>Why a membership ended. The default value is <see cref="Completed"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<LeavingReason>))]
public enum LeavingReason
{
    /// <summary>Completed the group or programme (<c>completed</c>).</summary>
    [JsonStringEnumMemberName("completed")]
    Completed,

    /// <summary>Stopped attending without completing (<c>dropped_out</c>).</summary>
    [JsonStringEnumMemberName("dropped_out")]
    DroppedOut,

    /// <summary>Moved to another group (<c>transferred</c>).</summary>
    [JsonStringEnumMemberName("transferred")]
    Transferred,

    /// <summary>Referred on to another service (<c>referred_on</c>).</summary>
    [JsonStringEnumMemberName("referred_on")]
    ReferredOn,
}
