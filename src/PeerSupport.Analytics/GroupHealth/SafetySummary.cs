using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>Incidents in sessions up to the as-of date per 100 attended member-sessions. Immutable and thread-safe.</summary>
public sealed record SafetySummary
{
    internal SafetySummary()
    {
    }

    /// <summary>Gets the number of incidents in sessions on or before the as-of date, as a count cell (an incident can point at a member, so small counts are suppressed like member counts).</summary>
    public ReportCell Incidents { get; internal init; }

    /// <summary>Gets how many of them had high severity, as a count cell.</summary>
    public ReportCell HighSeverityIncidents { get; internal init; }

    /// <summary>Gets the number of attended member-sessions (present or late), as a cell describing the members who attended.</summary>
    public ReportCell AttendedMemberSessions { get; internal init; }

    /// <summary>Gets 100 × incidents / attended member-sessions, ≥ 0, as a cell describing the members who attended.</summary>
    public ReportCell RatePer100MemberSessions { get; internal init; }
}
