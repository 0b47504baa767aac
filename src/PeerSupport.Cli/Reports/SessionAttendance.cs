namespace PeerSupport.Cli.Reports;

/// <summary>The attendance rate of one session: attended (present or late) over expected (not excused) members.</summary>
/// <param name="Date">The session date.</param>
/// <param name="Rate">The rate in [0, 1].</param>
/// <param name="Expected">The members expected (the cell size).</param>
internal sealed record SessionAttendance(DateOnly Date, double Rate, int Expected);
