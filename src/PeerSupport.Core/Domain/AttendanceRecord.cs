using System.Text.Json.Serialization;

namespace PeerSupport.Domain;

/// <summary>
/// A member's attendance at one session, with optional participation measures. Compared by
/// (<see cref="SessionId"/>, <see cref="MemberId"/>): a dataset holds at most one record per pair.
/// </summary>
public sealed class AttendanceRecord : IEquatable<AttendanceRecord>
{
    /// <summary>The largest plausible speaking time in one session, in minutes (24 hours).</summary>
    public const double MaxSpeakingMinutes = 1440;

    /// <summary>Initializes a new attendance record.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="memberId">The member.</param>
    /// <param name="status">Present, late, absent or excused.</param>
    /// <param name="speakingMinutes">Minutes the member spoke, when measured: finite, 0–1440, and 0 unless the member attended.</param>
    /// <param name="turns">Speaking turns, when counted: 0 or more, and 0 unless the member attended.</param>
    /// <exception cref="ArgumentException">Thrown when a measure is out of range or given for a member who did not attend.</exception>
    [JsonConstructor]
    public AttendanceRecord(SessionId sessionId, MemberId memberId, AttendanceStatus status, double? speakingMinutes = null, int? turns = null)
    {
        Guard.NotDefault(sessionId, "A session id", nameof(sessionId));
        Guard.NotDefault(memberId, "A member id", nameof(memberId));
        Guard.Defined(status, "The attendance status", nameof(status));
        if (speakingMinutes is { } minutes && (!double.IsFinite(minutes) || minutes < 0 || minutes > MaxSpeakingMinutes))
        {
            throw new ArgumentOutOfRangeException(nameof(speakingMinutes), minutes, $"Speaking minutes must be between 0 and {MaxSpeakingMinutes}, was {minutes}.");
        }

        if (turns is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(turns), turns, $"Speaking turns must be 0 or more, was {turns}.");
        }

        var attended = status is AttendanceStatus.Present or AttendanceStatus.Late;
        if (!attended && (speakingMinutes > 0 || turns > 0))
        {
            throw new ArgumentException($"Speaking minutes and turns must be empty or 0 when the status is {WireNames.Of(status)}.", nameof(status));
        }

        SessionId = sessionId;
        MemberId = memberId;
        Status = status;
        SpeakingMinutes = speakingMinutes;
        Turns = turns;
    }

    /// <summary>Gets the session.</summary>
    public SessionId SessionId { get; }

    /// <summary>Gets the member.</summary>
    public MemberId MemberId { get; }

    /// <summary>Gets the attendance status.</summary>
    public AttendanceStatus Status { get; }

    /// <summary>Gets the minutes the member spoke, or <see langword="null"/> when not measured.</summary>
    public double? SpeakingMinutes { get; }

    /// <summary>Gets the number of speaking turns, or <see langword="null"/> when not counted.</summary>
    public int? Turns { get; }

    /// <summary>Gets a value indicating whether the member attended (present or late).</summary>
    [JsonIgnore]
    public bool Attended => Status is AttendanceStatus.Present or AttendanceStatus.Late;

    /// <inheritdoc/>
    public bool Equals(AttendanceRecord? other) => other is not null && SessionId == other.SessionId && MemberId == other.MemberId;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AttendanceRecord);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SessionId, MemberId);

    /// <summary>Returns "session/member: status".</summary>
    public override string ToString() => $"{SessionId}/{MemberId}: {WireNames.Of(Status)}";
}
