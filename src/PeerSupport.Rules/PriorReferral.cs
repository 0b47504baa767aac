namespace PeerSupport.Rules;

/// <summary>An earlier referral of the subject, used for cooldown suppression and escalation of unactioned recommendations.</summary>
/// <param name="ReferralId">The referral id (ties between equally recent referrals go to the lower id, ordinal).</param>
/// <param name="Date">The date the referral was made.</param>
/// <param name="Target">The lower snake_case target.</param>
/// <param name="Priority">The priority.</param>
/// <param name="Status">The current status.</param>
/// <param name="RuleId">The rule that recommended it, when a rule did (named when it escalates).</param>
public sealed record PriorReferral(string ReferralId, DateOnly Date, string Target, RulePriority Priority, ReferralStatus Status, string? RuleId = null)
{
    /// <summary>Gets a value indicating whether the referral is open (recommended, made or accepted).</summary>
    public bool IsOpen => Status is ReferralStatus.Recommended or ReferralStatus.Made or ReferralStatus.Accepted;
}
