namespace PeerSupport.Cli.Reports;

/// <summary>The attendance series of one group; sessions with fewer than k expected members are not shown.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="Model">The group's facilitation model.</param>
/// <param name="Sessions">The shown sessions in date order.</param>
/// <param name="SuppressedDates">The dates of the sessions left out as small cells.</param>
internal sealed record GroupAttendance(string GroupId, PeerSupport.Domain.FacilitationModel Model, IReadOnlyList<SessionAttendance> Sessions, IReadOnlyList<DateOnly> SuppressedDates)
{
    /// <summary>Gets the number of sessions left out as small cells.</summary>
    public int SuppressedSessions => SuppressedDates.Count;
}
