namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Facilitation-policy compliance: the share of sessions up to the as-of date with no gap (describes sessions and
/// facilitators, not members, so it is never suppressed). Immutable and thread-safe.
/// </summary>
public sealed record ComplianceSummary
{
    internal ComplianceSummary()
    {
    }

    /// <summary>Gets the number of sessions checked; ≥ 0.</summary>
    public int SessionsChecked { get; internal init; }

    /// <summary>Gets the number of sessions with at least one gap; ≥ 0.</summary>
    public int SessionsWithGaps { get; internal init; }

    /// <summary>Gets 1 − sessions with gaps / sessions checked, in [0, 1]; undefined when no session was checked.</summary>
    public Statistic Compliance { get; internal init; }

    /// <summary>Gets the gaps found per kind (including credentials expiring soon, which belong to no session), in kind order; only kinds found.</summary>
    public IReadOnlyList<GapCount> Gaps { get; internal init; } = [];
}
