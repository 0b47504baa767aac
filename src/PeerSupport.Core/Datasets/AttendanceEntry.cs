using PeerSupport.Domain;

namespace PeerSupport.Datasets;

/// <summary>
/// One session in a member's attendance record: the session and the member's status at it. When the
/// dataset has no row for the pair, <see cref="Record"/> is <see langword="null"/> and the status is
/// <see cref="AttendanceStatus.Absent"/> (docs/dataset-format.md).
/// </summary>
/// <param name="Session">The session.</param>
/// <param name="Record">The attendance row, or <see langword="null"/> when missing.</param>
public readonly record struct AttendanceEntry(GroupSession Session, AttendanceRecord? Record)
{
    /// <summary>Gets the session date (the default date for the default value, which has no session).</summary>
    public DateOnly Date => Session?.Date ?? default;

    /// <summary>Gets the status (absent when the row is missing).</summary>
    public AttendanceStatus Status => Record?.Status ?? AttendanceStatus.Absent;

    /// <summary>Gets a value indicating whether the member attended (present or late).</summary>
    public bool Attended => Status is AttendanceStatus.Present or AttendanceStatus.Late;

    /// <summary>Gets a value indicating whether the attendance row was missing.</summary>
    public bool IsImplicitAbsence => Record is null;
}
