namespace PeerSupport.Rules;

/// <summary>A recommendation withheld by the cooldown, with the earlier open referral that suppressed it.</summary>
/// <param name="Recommendation">The recommendation that would have been made.</param>
/// <param name="SuppressedBy">The most recent qualifying open referral (ties: higher priority, then lower referral id).</param>
public sealed record SuppressedRecommendation(Recommendation Recommendation, PriorReferral SuppressedBy);
