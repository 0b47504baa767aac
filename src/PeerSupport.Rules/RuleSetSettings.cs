namespace PeerSupport.Rules;

/// <summary>Settings of a rule set.</summary>
/// <remarks>Immutable. Validated when the rule set is compiled.</remarks>
public sealed record RuleSetSettings
{
    /// <summary>The only supported hit policy: per (action, target) the highest priority wins and every reason is kept.</summary>
    public const string PriorityCollect = "priority_collect";

    /// <summary>Gets the default settings: cooldown 14 days, assessment window 30 days, hit policy <c>priority_collect</c>.</summary>
    public static RuleSetSettings Default { get; } = new();

    /// <summary>Gets the cooldown in days, in [0, 365]. The default is 14.</summary>
    public int CooldownDays { get; init; } = 14;

    /// <summary>Gets the assessment window in days, in [1, 3650]. The default is 30.</summary>
    public int AssessmentWindowDays { get; init; } = 30;

    /// <summary>Gets when unactioned recommendations escalate to a review. The default is <see cref="EscalationSettings.Default"/>.</summary>
    public EscalationSettings Escalation { get; init; } = EscalationSettings.Default;

    /// <summary>Gets the hit policy. The default and only supported value is <see cref="PriorityCollect"/>.</summary>
    public string HitPolicy { get; init; } = PriorityCollect;
}
