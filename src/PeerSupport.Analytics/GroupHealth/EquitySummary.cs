using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Participation equity: per session with at least 2 attendees with recorded speaking minutes and a positive total,
/// 1 − the corrected Gini of those minutes; averaged over such sessions. Immutable and thread-safe.
/// </summary>
public sealed record EquitySummary
{
    internal EquitySummary()
    {
    }

    /// <summary>Gets the number of sessions measured; ≥ 0.</summary>
    public int SessionsMeasured { get; internal init; }

    /// <summary>Gets the mean equity over the sessions measured, in [0, 1], as a cell describing the members with recorded minutes.</summary>
    public ReportCell Equity { get; internal init; }
}
