namespace PeerSupport.Cli.Reports;

/// <summary>The attendance series of one group; a session is shown only when its expected, attended and absent counts (absent may be 0) each describe at least k members.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="Model">The group's facilitation model.</param>
/// <param name="Sessions">The shown sessions in date order.</param>
/// <param name="SuppressedDates">The dates of the sessions left out as small cells.</param>
internal sealed record GroupAttendance(string GroupId, PeerSupport.Domain.FacilitationModel Model, IReadOnlyList<SessionAttendance> Sessions, IReadOnlyList<DateOnly> SuppressedDates)
{
    /// <summary>Gets the number of sessions left out as small cells.</summary>
    public int SuppressedSessions => SuppressedDates.Count;
}
