using System.Text.Json.Serialization;

namespace PeerSupport.Rules;

/// <summary>
/// Priority of a recommendation or a referral, ordered routine &lt; urgent &lt; asap &lt; stat (FHIR RequestPriority
/// codes). JSON and CSV: <c>routine</c>, <c>urgent</c>, <c>asap</c>, <c>stat</c>. A <see cref="Stat"/> recommendation
/// is never suppressed by a cooldown. The default value is <see cref="Routine"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RulePriority>))]
public enum RulePriority
{
    /// <summary>Routine (<c>routine</c>; the lowest).</summary>
    [JsonStringEnumMemberName("routine")]
    Routine = 0,

    /// <summary>Urgent (<c>urgent</c>).</summary>
    [JsonStringEnumMemberName("urgent")]
    Urgent = 1,

    /// <summary>As soon as possible (<c>asap</c>).</summary>
    [JsonStringEnumMemberName("asap")]
    Asap = 2,

    /// <summary>Immediately, same day (<c>stat</c>; the highest, never suppressed).</summary>
    [JsonStringEnumMemberName("stat")]
    Stat = 3,
}
