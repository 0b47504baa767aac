namespace PeerSupport.Rules;

/// <summary>
/// Status of an earlier referral, for cooldown. Open: recommended, made, accepted; closed: completed, declined, lost.
/// JSON: lower snake_case names.
/// </summary>
public enum PriorReferralStatus
{
    /// <summary>Recommended by a decision (open).</summary>
    Recommended,

    /// <summary>Made (open).</summary>
    Made,

    /// <summary>Accepted by the target (open).</summary>
    Accepted,

    /// <summary>Completed (closed).</summary>
    Completed,

    /// <summary>Declined (closed).</summary>
    Declined,

    /// <summary>Lost to follow-up (closed).</summary>
    Lost,
}
