using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>Attendance over expected member-sessions (excused excluded) and its weekly trend. Immutable and thread-safe.</summary>
public sealed record AttendanceSummary
{
    internal AttendanceSummary()
    {
    }

    /// <summary>Gets the number of weeks (Monday to Sunday) with at least one expected member-session; ≥ 0.</summary>
    public int Weeks { get; internal init; }

    /// <summary>Gets the attendance rate attended / expected member-sessions, in [0, 1], as a cell describing the members expected at any session.</summary>
    public ReportCell Rate { get; internal init; }

    /// <summary>Gets the direction of the weekly attendance rate.</summary>
    public AttendanceTrend Trend { get; internal init; }

    /// <summary>Gets the Mann–Kendall two-sided p-value of the weekly rates (continuity-corrected, tie-corrected variance); undefined when not assessed.</summary>
    public Statistic TrendP { get; internal init; }

    /// <summary>Gets the Theil–Sen slope of the weekly rate per week; undefined when not assessed.</summary>
    public Statistic TrendSlopePerWeek { get; internal init; }
}
