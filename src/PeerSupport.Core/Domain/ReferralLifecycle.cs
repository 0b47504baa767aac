using PeerSupport.Rules;

namespace PeerSupport.Domain;

/// <summary>
/// The referral state machine: recommended → made → accepted → completed; declined or lost from any
/// open state. Completed, declined and lost are closed (terminal).
/// </summary>
public static class ReferralLifecycle
{
    /// <summary>Returns whether <paramref name="status"/> is open (recommended, made or accepted).</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public static bool IsOpen(ReferralStatus status) => status is ReferralStatus.Recommended or ReferralStatus.Made or ReferralStatus.Accepted;

    /// <summary>Returns whether a referral may move from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The current status.</param>
    /// <param name="to">The next status.</param>
    /// <returns><see langword="true"/> when the transition is legal.</returns>
    public static bool CanTransition(ReferralStatus from, ReferralStatus to) => (from, to) switch
    {
        (ReferralStatus.Recommended, ReferralStatus.Made) => true,
        (ReferralStatus.Made, ReferralStatus.Accepted) => true,
        (ReferralStatus.Accepted, ReferralStatus.Completed) => true,
        (ReferralStatus.Recommended or ReferralStatus.Made or ReferralStatus.Accepted, ReferralStatus.Declined or ReferralStatus.Lost) => true,
        _ => false,
    };

    /// <summary>Gets the statuses reachable from <paramref name="from"/> in one step.</summary>
    /// <param name="from">The current status.</param>
    /// <returns>The legal next statuses, empty for a closed status.</returns>
    public static IReadOnlyList<ReferralStatus> NextStatuses(ReferralStatus from)
        => Enum.GetValues<ReferralStatus>().Where(to => CanTransition(from, to)).ToArray();
}
