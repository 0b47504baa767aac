using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>A member's attendance at one session. <see cref="Present"/> and <see cref="Late"/> count as attended; <see cref="Excused"/> neither breaks nor extends an absence streak. The default value is <see cref="Present"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AttendanceStatus>))]
public enum AttendanceStatus
{
    /// <summary>Attended (<c>present</c>).</summary>
    [JsonStringEnumMemberName("present")]
    Present,

    /// <summary>Attended, arriving late (<c>late</c>).</summary>
    [JsonStringEnumMemberName("late")]
    Late,

    /// <summary>Did not attend (<c>absent</c>).</summary>
    [JsonStringEnumMemberName("absent")]
    Absent,

    /// <summary>Did not attend, with notice (<c>excused</c>).</summary>
    [JsonStringEnumMemberName("excused")]
    Excused,
}
