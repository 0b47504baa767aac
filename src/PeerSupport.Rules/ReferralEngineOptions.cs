using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>Options of a <see cref="ReferralEngine"/>. Validate with <see cref="Validate"/> (the engine does on construction).</summary>
/// <remarks>A mutable options POCO; do not change it after handing it to an engine.</remarks>
public sealed class ReferralEngineOptions
{
    /// <summary>Gets or sets the time zone that turns an instant into the decision date. The default is UTC.</summary>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Gets or sets a cooldown in days (0–365) that overrides the rule set's. The default is null: use the rule set's
    /// (14 in the default pack).
    /// </summary>
    public int? CooldownDays { get; set; }

    /// <summary>
    /// Gets or sets an assessment window in days (1–3650) that overrides the rule set's when facts are computed from a
    /// dataset. The default is null: use the rule set's (30 in the default pack).
    /// </summary>
    public int? AssessmentWindowDays { get; set; }

    /// <summary>
    /// Gets or sets the fact schema new rule sets are checked against. The default is null: the schema of the rule set
    /// currently in force.
    /// </summary>
    public FactSchema? Schema { get; set; }

    /// <summary>
    /// Gets or sets the rule ids that every rule set must keep enabled and protected unless it overrides them with a reason.
    /// The protected rules of the rule set in force are always kept as well. The default is none beyond those.
    /// </summary>
    public IReadOnlyList<string> ProtectedRuleIds { get; set; } = [];

    /// <summary>Returns every problem with the options; empty when valid.</summary>
    /// <returns>Messages naming the option and the rule broken.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (TimeZone is null)
        {
            errors.Add("TimeZone must not be null");
        }

        if (CooldownDays is < 0 or > 365)
        {
            errors.Add($"CooldownDays must be 0–365, was {CooldownDays}");
        }

        if (AssessmentWindowDays is < 1 or > ConditionLimits.MaxWindowDays)
        {
            errors.Add($"AssessmentWindowDays must be 1–{ConditionLimits.MaxWindowDays}, was {AssessmentWindowDays}");
        }

        if (ProtectedRuleIds is null || ProtectedRuleIds.Any(id => !RuleSetCompiler.IsValidId(id)))
        {
            errors.Add("ProtectedRuleIds must be a list of valid rule ids");
        }

        return errors;
    }
}
