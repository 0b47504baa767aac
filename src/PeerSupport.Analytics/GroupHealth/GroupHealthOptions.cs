using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Internal;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Facilitation;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Weights, targets and data minimums of the Group Health Index, and the small-cell threshold k of the report
/// (docs/group-health.md). A mutable options object: build it, then pass it to <see cref="GroupHealthAnalyzer"/>, which
/// validates and copies it. Targets are starting points, not clinical standards: set them for your service. The ranges are
/// data annotations checked by the source-generated <see cref="GroupHealthOptionsValidator"/> (the nested
/// <see cref="TalkingTherapies"/> thresholds too); the one rule annotations cannot express (at least one weight is
/// greater than 0) is <see cref="IValidatableObject.Validate"/>, which the validator also runs.
/// </summary>
public sealed class GroupHealthOptions : IValidatableObject
{
    private static readonly GroupHealthOptionsValidator s_validator = new();

    /// <summary>Gets or sets k: report cells describing fewer members are suppressed, in [1, 1000]. The default value is 5.</summary>
    [Range(1, SmallCellPolicy.MaximumMinimumCellSize)]
    public int MinimumCellSize { get; set; } = SmallCellPolicy.DefaultMinimumCellSize;

    /// <summary>Gets or sets the weight of attendance, in [0, 100]. The default value is 0.20.</summary>
    [Range(0.0, 100.0)]
    public double AttendanceWeight { get; set; } = 0.20;

    /// <summary>Gets or sets the weight of retention, in [0, 100]. The default value is 0.20.</summary>
    [Range(0.0, 100.0)]
    public double RetentionWeight { get; set; } = 0.20;

    /// <summary>Gets or sets the weight of participation equity, in [0, 100]. The default value is 0.10.</summary>
    [Range(0.0, 100.0)]
    public double EquityWeight { get; set; } = 0.10;

    /// <summary>Gets or sets the weight of safety (incident rate), in [0, 100]. The default value is 0.15.</summary>
    [Range(0.0, 100.0)]
    public double SafetyWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of facilitation-policy compliance, in [0, 100]. The default value is 0.15.</summary>
    [Range(0.0, 100.0)]
    public double FacilitationWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of outcomes, in [0, 100]. The default value is 0.15.</summary>
    [Range(0.0, 100.0)]
    public double OutcomesWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of referral follow-through, in [0, 100]. The default value is 0.05.</summary>
    [Range(0.0, 100.0)]
    public double ReferralWeight { get; set; } = 0.05;

    /// <summary>Gets or sets the attendance-rate target, in (0, 1]. The default value is 0.75.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double AttendanceTarget { get; set; } = 0.75;

    /// <summary>Gets or sets the retention target (probability of not having dropped out by the horizon), in (0, 1]. The default value is 0.80.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double RetentionTarget { get; set; } = 0.80;

    /// <summary>Gets or sets the participation-equity target, in (0, 1]. The default value is 0.70.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double EquityTarget { get; set; } = 0.70;

    /// <summary>Gets or sets the incident-rate target (at most this many incidents per 100 attended member-sessions), in (0, 100]. The default value is 2.</summary>
    [Range(0.0, 100.0, MinimumIsExclusive = true)]
    public double IncidentRateTarget { get; set; } = 2;

    /// <summary>Gets or sets the compliance target (share of sessions without a facilitation gap), in (0, 1]. The default value is 1.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double ComplianceTarget { get; set; } = 1;

    /// <summary>Gets or sets the outcome target (net reliable improvement rate on the PHQ-9), in (0, 1]. The default value is 0.30.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double OutcomeTarget { get; set; } = 0.30;

    /// <summary>Gets or sets the referral follow-through target, in (0, 1]. The default value is 0.80.</summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double ReferralTarget { get; set; } = 0.80;

    /// <summary>Gets or sets the retention horizon in days since joining, in [1, 3650]. The default value is 84 days (12 weeks).</summary>
    [Range(1, 3650)]
    public int RetentionHorizonDays { get; set; } = 84;

    /// <summary>
    /// Gets or sets the smallest share of the configured weight the scored components must carry for the index to be
    /// published, in (0, 1]. The default value is 0.6; below it the index is "not published" with the reason.
    /// </summary>
    [Range(0.0, 1.0, MinimumIsExclusive = true)]
    public double MinimumPublishedCoverage { get; set; } = 0.6;

    /// <summary>Gets or sets the fewest weeks with sessions for attendance, equity (sessions with recorded speaking time) and the trend, in [2, 1000]. The default value is 4.</summary>
    [Range(2, 1000)]
    public int MinimumSessions { get; set; } = 4;

    /// <summary>Gets or sets the fewest members for retention, in [1, 100000]. The default value is 5.</summary>
    [Range(1, 100_000)]
    public int MinimumRetentionMembers { get; set; } = 5;

    /// <summary>Gets or sets the fewest attended member-sessions for the incident rate, in [1, 100000]. The default value is 20.</summary>
    [Range(1, 100_000)]
    public int MinimumMemberSessions { get; set; } = 20;

    /// <summary>Gets or sets the fewest members with a PHQ-9 before and after for outcomes, in [2, 100000]. The default value is 5.</summary>
    [Range(2, 100_000)]
    public int MinimumOutcomePairs { get; set; } = 5;

    /// <summary>Gets or sets the fewest referrals made for follow-through, in [1, 100000]. The default value is 3.</summary>
    [Range(1, 100_000)]
    public int MinimumReferrals { get; set; } = 3;

    /// <summary>Gets or sets the fewest sessions a member must have attended to be counted in outcomes (NHS Talking Therapies counts members with at least 2), in [0, 1000]. The default value is 2.</summary>
    [Range(0, 1000)]
    public int MinimumSessionsForOutcome { get; set; } = 2;

    /// <summary>
    /// Gets or sets the Jacobson–Truax parameters for PHQ-9 totals. The default value uses r = 0.89 (Kroenke et al. 2001),
    /// SD = 5, functional norms M0 = 2.91, SD0 = 3.52 and dysfunctional M1 = 15, SD1 = 5: illustrative values to verify
    /// against your own population.
    /// </summary>
    [Required(ErrorMessage = OptionsFailure.Required)]
    public JacobsonTruaxParameters OutcomeParameters { get; set; } = new(0.89, 5, 2.91, 3.52, 15, 5);

    /// <summary>Gets or sets the NHS Talking Therapies thresholds. The default value is PHQ-9 ≥ 10 / GAD-7 ≥ 8 caseness and 6 / 4 reliable change.</summary>
    [Required(ErrorMessage = OptionsFailure.Required)]
    [ValidateObjectMembers(typeof(TalkingTherapiesThresholdsValidator))]
    public TalkingTherapiesThresholds TalkingTherapies { get; set; } = new();

    /// <summary>Gets or sets the facilitation policy compliance is checked against. The default value is <see cref="FacilitationPolicy.Default"/>.</summary>
    [Required(ErrorMessage = OptionsFailure.Required)]
    public FacilitationPolicy FacilitationPolicy { get; set; } = FacilitationPolicy.Default;

    /// <summary>Checks every setting with <see cref="GroupHealthOptionsValidator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when a setting is outside its documented range, or every weight is 0. The parameter name is the first such
    /// setting; the message lists every broken rule, naming the setting and its range.
    /// </exception>
    /// <exception cref="ArgumentNullException">Thrown when a reference setting is null.</exception>
    public void Validate() => OptionsFailure.ThrowIfFailed(s_validator.Validate(null, this));

    /// <summary>The rule the annotations cannot express: at least one component weight is greater than 0.</summary>
    /// <param name="validationContext">The context (unused).</param>
    /// <returns>The broken rule, if any.</returns>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (AttendanceWeight == 0 && RetentionWeight == 0 && EquityWeight == 0 && SafetyWeight == 0 && FacilitationWeight == 0 && OutcomesWeight == 0 && ReferralWeight == 0)
        {
            yield return new ValidationResult(
                "At least one component weight must be greater than 0; all were 0.",
                [nameof(AttendanceWeight), nameof(RetentionWeight), nameof(EquityWeight), nameof(SafetyWeight), nameof(FacilitationWeight), nameof(OutcomesWeight), nameof(ReferralWeight)]);
        }
    }

    internal double TotalWeight => AttendanceWeight + RetentionWeight + EquityWeight + SafetyWeight + FacilitationWeight + OutcomesWeight + ReferralWeight;

    internal GroupHealthOptions Copy()
    {
        var copy = (GroupHealthOptions)MemberwiseClone();
        copy.TalkingTherapies = new TalkingTherapiesThresholds
        {
            Phq9Caseness = TalkingTherapies.Phq9Caseness,
            Gad7Caseness = TalkingTherapies.Gad7Caseness,
            Phq9ReliableChange = TalkingTherapies.Phq9ReliableChange,
            Gad7ReliableChange = TalkingTherapies.Gad7ReliableChange,
        };
        return copy;
    }

    internal double WeightOf(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Attendance => AttendanceWeight,
        HealthComponentKind.Retention => RetentionWeight,
        HealthComponentKind.ParticipationEquity => EquityWeight,
        HealthComponentKind.Safety => SafetyWeight,
        HealthComponentKind.Facilitation => FacilitationWeight,
        HealthComponentKind.Outcomes => OutcomesWeight,
        _ => ReferralWeight,
    };

    internal double TargetOf(HealthComponentKind kind) => kind switch
    {
        HealthComponentKind.Attendance => AttendanceTarget,
        HealthComponentKind.Retention => RetentionTarget,
        HealthComponentKind.ParticipationEquity => EquityTarget,
        HealthComponentKind.Safety => IncidentRateTarget,
        HealthComponentKind.Facilitation => ComplianceTarget,
        HealthComponentKind.Outcomes => OutcomeTarget,
        _ => ReferralTarget,
    };
}
