namespace PeerSupport.Cli.Reports;

/// <summary>The attendance series of one group; sessions with fewer than k expected members are left out.</summary>
/// <param name="GroupId">The group id.</param>
/// <param name="Sessions">The shown sessions in date order.</param>
/// <param name="SuppressedSessions">The number of sessions left out as small cells.</param>
internal sealed record GroupAttendance(string GroupId, IReadOnlyList<SessionAttendance> Sessions, int SuppressedSessions);
