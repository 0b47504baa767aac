using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PeerSupport.Rules.Evaluation;

namespace PeerSupport.Rules;

/// <summary>
/// The referral decision for one subject as of one date: recommendations, suppressed recommendations, unknown rules,
/// failed rules, whether it needs review, the rule-set stamp and any protected-rule overrides. Emitted for every
/// evaluated subject, with possibly empty recommendations.
/// </summary>
/// <remarks>
/// Immutable and thread-safe. A value type, so a decision where nothing fires costs no allocation; the
/// <c>default</c> value is not a decision (<see cref="Subject"/> is null). Equality compares the decision's parts by
/// reference (the same evaluation result), not by content; compare <see cref="ToString"/> or the JSON for content.
/// </remarks>
#pragma warning disable CA1815 // Content equality of a decision is defined by its JSON form; the struct exists to avoid allocating.
public readonly struct Decision
#pragma warning restore CA1815
{
    internal Decision(
        DecisionSubject subject,
        DateOnly asOf,
        RuleSetStamp ruleSet,
        IReadOnlyList<Recommendation> recommendations,
        IReadOnlyList<SuppressedRecommendation> suppressed,
        IReadOnlyList<UnknownRule> unknowns,
        IReadOnlyList<RuleFailure> errors,
        bool needsReview,
        IReadOnlyList<ProtectedRuleOverride> overrides,
        bool protectedRulesOnly,
        IReadOnlyList<RuleExplanation>? explanation,
        FactSet? inputs,
        IReadOnlyList<PriorReferral> referrals,
        int cooldownDays)
    {
        CooldownDays = cooldownDays;
        Subject = subject;
        AsOf = asOf;
        RuleSet = ruleSet;
        Recommendations = recommendations;
        Suppressed = suppressed;
        Unknowns = unknowns;
        Errors = errors;
        NeedsReview = needsReview;
        Overrides = overrides;
        ProtectedRulesOnly = protectedRulesOnly;
        Explanation = explanation;
        Inputs = inputs;
        Referrals = referrals;
    }

    /// <summary>
    /// Gets the decision id: <c>dec-</c> and 24 hex digits derived from the rule-set hash, subject and as-of date, so replaying
    /// a decision yields the same id.
    /// </summary>
    public string DecisionId => ComputeId();

    /// <summary>Gets the subject.</summary>
    public DecisionSubject Subject { get; }

    /// <summary>Gets the decision date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Gets the rule-set stamp.</summary>
    public RuleSetStamp RuleSet { get; }

    /// <summary>Gets the recommendations, highest priority first.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>Gets the recommendations withheld by the cooldown.</summary>
    public IReadOnlyList<SuppressedRecommendation> Suppressed { get; }

    /// <summary>Gets the rules that ended unknown over missing data.</summary>
    public IReadOnlyList<UnknownRule> Unknowns { get; }

    /// <summary>Gets the rules whose evaluation failed.</summary>
    public IReadOnlyList<RuleFailure> Errors { get; }

    /// <summary>Gets a value indicating whether a person must review the decision: a rule failed or a protected rule ended unknown over missing data.</summary>
    public bool NeedsReview { get; }

    /// <summary>Gets the protected-rule overrides of the rule set (stamped on every decision).</summary>
    public IReadOnlyList<ProtectedRuleOverride> Overrides { get; }

    /// <summary>Gets a value indicating whether only protected rules were evaluated (a member who left within the cooldown).</summary>
    public bool ProtectedRulesOnly { get; }

    /// <summary>Gets the explanation when requested with <see cref="DecisionOptions.Explain"/>, else <see langword="null"/>.</summary>
    public IReadOnlyList<RuleExplanation>? Explanation { get; }

    /// <summary>Gets the facts read when requested with <see cref="DecisionOptions.RecordInputs"/>, else <see langword="null"/>.</summary>
    public FactSet? Inputs { get; }

    /// <summary>Gets the cooldown in days that was applied.</summary>
    public int CooldownDays { get; }

    /// <summary>Gets the earlier referrals the cooldown considered.</summary>
    public IReadOnlyList<PriorReferral> Referrals { get; }

    /// <summary>Returns a short summary (no fact values).</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1} as of {2:yyyy-MM-dd}: {3} recommendation(s), {4} suppressed, {5} unknown, needsReview={6}",
        Names.Of(Subject.Kind),
        Subject.Id,
        AsOf,
        Recommendations.Count,
        Suppressed.Count,
        Unknowns.Count,
        NeedsReview ? "true" : "false");

    /// <summary>Throws when <paramref name="decision"/> is <c>default</c> rather than a decision the engine made.</summary>
    internal static void ThrowIfDefault(in Decision decision, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(decision))] string? name = null)
    {
        if (decision.Subject is null)
        {
            throw new ArgumentException("default(Decision) is not a decision.", name);
        }
    }

    private string ComputeId()
    {
        var text = string.Join('\n', RuleSet.Sha256, Names.Of(Subject.Kind), Subject.Id, Subject.GroupId, AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ProtectedRulesOnly ? "p" : "a");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "dec-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
