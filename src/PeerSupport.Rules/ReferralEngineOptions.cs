using System.ComponentModel.DataAnnotations;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules;

/// <summary>
/// Options of a <see cref="ReferralEngine"/>. The rules are data annotations checked by the source-generated
/// <see cref="ReferralEngineOptionsValidator"/>; the one rule annotations cannot express (every protected rule id is a
/// valid rule id) is <see cref="IValidatableObject.Validate"/>. <see cref="Validate()"/> runs the same validator (the
/// engine does on construction).
/// </summary>
/// <remarks>A mutable options POCO; do not change it after handing it to an engine.</remarks>
public sealed class ReferralEngineOptions : IValidatableObject
{
    private static readonly ReferralEngineOptionsValidator s_validator = new();

    /// <summary>Gets or sets the time zone that turns an instant into the decision date. The default is UTC.</summary>
    [Required]
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.Utc;

    /// <summary>
    /// Gets or sets a cooldown in days (0–365) that overrides the rule set's. The default is null: use the rule set's
    /// (14 in the default pack).
    /// </summary>
    [Range(0, 365)]
    public int? CooldownDays { get; set; }

    /// <summary>
    /// Gets or sets an assessment window in days (1–3650) that overrides the rule set's when facts are computed from a
    /// dataset. The default is null: use the rule set's (30 in the default pack).
    /// </summary>
    [Range(1, ConditionLimits.MaxWindowDays)]
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
        var result = s_validator.Validate(null, this);
        return result.Failed ? [.. result.Failures ?? []] : [];
    }

    /// <inheritdoc/>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (ProtectedRuleIds is null)
        {
            yield return new ValidationResult("ProtectedRuleIds must not be null.", [nameof(ProtectedRuleIds)]);
            yield break;
        }

        foreach (var id in ProtectedRuleIds.Where(id => !RuleSetCompiler.IsValidId(id)))
        {
            yield return new ValidationResult($"ProtectedRuleIds must hold valid rule ids; '{id}' is not one.", [nameof(ProtectedRuleIds)]);
        }
    }
}
