namespace PeerSupport.Rules;

/// <summary>
/// When an earlier recommendation that nobody acted on escalates: a referral still in one of <see cref="OpenStatuses"/>
/// whose age in days reaches the threshold for its priority produces a <see cref="RuleAction.Review"/> recommendation
/// to <see cref="Target"/> (rule id <see cref="RuleId"/>), naming the original recommendation, its age and its rule. The
/// review's priority is the original's, but at least <see cref="MinimumPriority"/>. It goes through the cooldown like
/// every recommendation (a stat review is never suppressed).
/// </summary>
/// <remarks>Immutable. Validated when the rule set is compiled; part of the rule-set stamp.</remarks>
public sealed record EscalationSettings
{
    /// <summary>The id reported in <see cref="Recommendation.RuleIds"/> for escalations (reserved: no rule may use it).</summary>
    public const string RuleId = "unactioned-referral";

    /// <summary>
    /// Gets the defaults: a stat recommendation still <c>recommended</c> after 1 day, asap after 3, urgent after 7 →
    /// review by <c>clinical_lead</c>, at least urgent.
    /// </summary>
    public static EscalationSettings Default { get; } = new();

    /// <summary>Gets the statuses that count as not yet acted on (a subset of recommended, made, accepted). The default is recommended only.</summary>
    public IReadOnlyList<ReferralStatus> OpenStatuses { get; init; } = [ReferralStatus.Recommended];

    /// <summary>Gets the age in days (0–365) at which an open stat recommendation escalates, or null for never. The default is 1.</summary>
    public int? StatAfterDays { get; init; } = 1;

    /// <summary>Gets the age in days (0–365) at which an open asap recommendation escalates, or null for never. The default is 3.</summary>
    public int? AsapAfterDays { get; init; } = 3;

    /// <summary>Gets the age in days (0–365) at which an open urgent recommendation escalates, or null for never. The default is 7.</summary>
    public int? UrgentAfterDays { get; init; } = 7;

    /// <summary>Gets the target of the review (a known target). The default is <c>clinical_lead</c>.</summary>
    public string Target { get; init; } = "clinical_lead";

    /// <summary>Gets the lowest priority of the review: urgent, asap or stat. The default is urgent.</summary>
    public RulePriority MinimumPriority { get; init; } = RulePriority.Urgent;

    /// <summary>Returns the escalation age for a priority, or null when that priority never escalates (routine never does).</summary>
    /// <param name="priority">The original recommendation's priority.</param>
    /// <returns>The age in days, or null.</returns>
    public int? AfterDays(RulePriority priority) => priority switch
    {
        RulePriority.Stat => StatAfterDays,
        RulePriority.Asap => AsapAfterDays,
        RulePriority.Urgent => UrgentAfterDays,
        _ => null,
    };

    /// <inheritdoc/>
    public bool Equals(EscalationSettings? other) =>
        other is not null
        && OpenStatuses.SequenceEqual(other.OpenStatuses)
        && StatAfterDays == other.StatAfterDays
        && AsapAfterDays == other.AsapAfterDays
        && UrgentAfterDays == other.UrgentAfterDays
        && string.Equals(Target, other.Target, StringComparison.Ordinal)
        && MinimumPriority == other.MinimumPriority;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OpenStatuses.Count, StatAfterDays, AsapAfterDays, UrgentAfterDays, Target, MinimumPriority);
}
