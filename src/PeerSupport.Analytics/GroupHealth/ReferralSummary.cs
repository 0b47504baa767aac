using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Referral follow-through: among referrals dated on or before the as-of date that were made (any status after
/// recommended), the share accepted or completed. Statuses are the latest recorded, not as of the date. Immutable and thread-safe.
/// </summary>
public sealed record ReferralSummary
{
    internal ReferralSummary()
    {
    }

    /// <summary>Gets the number of referrals made, as a cell describing the members referred.</summary>
    public ReportCell ReferralsMade { get; internal init; }

    /// <summary>Gets the share accepted or completed, in [0, 1], as a cell describing the members referred.</summary>
    public ReportCell FollowThrough { get; internal init; }
}
