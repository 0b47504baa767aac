using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>Incidents in sessions up to the as-of date per 100 attended member-sessions. Immutable and thread-safe.</summary>
public sealed record SafetySummary
{
    internal SafetySummary()
    {
    }

    /// <summary>Gets the number of incidents in sessions on or before the as-of date; ≥ 0.</summary>
    public int Incidents { get; internal init; }

    /// <summary>Gets how many of them had high severity; ≥ 0.</summary>
    public int HighSeverityIncidents { get; internal init; }

    /// <summary>Gets the number of attended member-sessions (present or late); ≥ 0.</summary>
    public int AttendedMemberSessions { get; internal init; }

    /// <summary>Gets 100 × incidents / attended member-sessions, ≥ 0, as a cell describing the members who attended.</summary>
    public ReportCell RatePer100MemberSessions { get; internal init; }
}
