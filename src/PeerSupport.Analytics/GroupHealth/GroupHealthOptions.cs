using System.Globalization;
using PeerSupport.Analytics.Change;
using PeerSupport.Analytics.Privacy;
using PeerSupport.Facilitation;

namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// Weights, targets and data minimums of the Group Health Index, and the small-cell threshold k of the report
/// (docs/group-health.md). A mutable options object: build it, then pass it to <see cref="GroupHealthAnalyzer"/>, which
/// validates and copies it. Targets are starting points, not clinical standards: set them for your service.
/// </summary>
public sealed class GroupHealthOptions
{
    /// <summary>Gets or sets k: report cells describing fewer members are suppressed, in [1, 1000]. The default value is 5.</summary>
    public int MinimumCellSize { get; set; } = SmallCellPolicy.DefaultMinimumCellSize;

    /// <summary>Gets or sets the weight of attendance, in [0, 100]. The default value is 0.20.</summary>
    public double AttendanceWeight { get; set; } = 0.20;

    /// <summary>Gets or sets the weight of retention, in [0, 100]. The default value is 0.20.</summary>
    public double RetentionWeight { get; set; } = 0.20;

    /// <summary>Gets or sets the weight of participation equity, in [0, 100]. The default value is 0.10.</summary>
    public double EquityWeight { get; set; } = 0.10;

    /// <summary>Gets or sets the weight of safety (incident rate), in [0, 100]. The default value is 0.15.</summary>
    public double SafetyWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of facilitation-policy compliance, in [0, 100]. The default value is 0.15.</summary>
    public double FacilitationWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of outcomes, in [0, 100]. The default value is 0.15.</summary>
    public double OutcomesWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of referral follow-through, in [0, 100]. The default value is 0.05.</summary>
    public double ReferralWeight { get; set; } = 0.05;

    /// <summary>Gets or sets the attendance-rate target, in (0, 1]. The default value is 0.75.</summary>
    public double AttendanceTarget { get; set; } = 0.75;

    /// <summary>Gets or sets the retention target (probability of not having dropped out by the horizon), in (0, 1]. The default value is 0.80.</summary>
    public double RetentionTarget { get; set; } = 0.80;

    /// <summary>Gets or sets the participation-equity target, in (0, 1]. The default value is 0.70.</summary>
    public double EquityTarget { get; set; } = 0.70;

    /// <summary>Gets or sets the incident-rate target (at most this many incidents per 100 attended member-sessions), in (0, 100]. The default value is 2.</summary>
    public double IncidentRateTarget { get; set; } = 2;

    /// <summary>Gets or sets the compliance target (share of sessions without a facilitation gap), in (0, 1]. The default value is 1.</summary>
    public double ComplianceTarget { get; set; } = 1;

    /// <summary>Gets or sets the outcome target (net reliable improvement rate on the PHQ-9), in (0, 1]. The default value is 0.30.</summary>
    public double OutcomeTarget { get; set; } = 0.30;

    /// <summary>Gets or sets the referral follow-through target, in (0, 1]. The default value is 0.80.</summary>
    public double ReferralTarget { get; set; } = 0.80;

    /// <summary>Gets or sets the retention horizon in days since joining, in [1, 3650]. The default value is 84 days (12 weeks).</summary>
    public int RetentionHorizonDays { get; set; } = 84;

    /// <summary>
    /// Gets or sets the smallest share of the configured weight the scored components must carry for the index to be
    /// published, in (0, 1]. The default value is 0.6; below it the index is "not published" with the reason.
    /// </summary>
    public double MinimumPublishedCoverage { get; set; } = 0.6;

    /// <summary>Gets or sets the fewest weeks with sessions for attendance, equity (sessions with recorded speaking time) and the trend, in [2, 1000]. The default value is 4.</summary>
    public int MinimumSessions { get; set; } = 4;

    /// <summary>Gets or sets the fewest members for retention, in [1, 100000]. The default value is 5.</summary>
    public int MinimumRetentionMembers { get; set; } = 5;

    /// <summary>Gets or sets the fewest attended member-sessions for the incident rate, in [1, 100000]. The default value is 20.</summary>
    public int MinimumMemberSessions { get; set; } = 20;

    /// <summary>Gets or sets the fewest members with a PHQ-9 before and after for outcomes, in [2, 100000]. The default value is 5.</summary>
    public int MinimumOutcomePairs { get; set; } = 5;

    /// <summary>Gets or sets the fewest referrals made for follow-through, in [1, 100000]. The default value is 3.</summary>
    public int MinimumReferrals { get; set; } = 3;

    /// <summary>Gets or sets the fewest sessions a member must have attended to be counted in outcomes (NHS Talking Therapies counts members with at least 2), in [0, 1000]. The default value is 2.</summary>
    public int MinimumSessionsForOutcome { get; set; } = 2;

    /// <summary>
    /// Gets or sets the Jacobson–Truax parameters for PHQ-9 totals. The default value uses r = 0.89 (Kroenke et al. 2001),
    /// SD = 5, functional norms M0 = 2.91, SD0 = 3.52 and dysfunctional M1 = 15, SD1 = 5: illustrative values to verify
    /// against your own population.
    /// </summary>
    public JacobsonTruaxParameters OutcomeParameters { get; set; } = new(0.89, 5, 2.91, 3.52, 15, 5);

    /// <summary>Gets or sets the NHS Talking Therapies thresholds. The default value is PHQ-9 ≥ 10 / GAD-7 ≥ 8 caseness and 6 / 4 reliable change.</summary>
    public TalkingTherapiesThresholds TalkingTherapies { get; set; } = new();

    /// <summary>Gets or sets the facilitation policy compliance is checked against. The default value is <see cref="FacilitationPolicy.Default"/>.</summary>
    public FacilitationPolicy FacilitationPolicy { get; set; } = FacilitationPolicy.Default;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range, or every weight is 0.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a reference setting is null.</exception>
    public void Validate()
    {
        Range(MinimumCellSize, 1, SmallCellPolicy.MaximumMinimumCellSize, nameof(MinimumCellSize));
        Weight(AttendanceWeight, nameof(AttendanceWeight));
        Weight(RetentionWeight, nameof(RetentionWeight));
        Weight(EquityWeight, nameof(EquityWeight));
        Weight(SafetyWeight, nameof(SafetyWeight));
        Weight(FacilitationWeight, nameof(FacilitationWeight));
        Weight(OutcomesWeight, nameof(OutcomesWeight));
        Weight(ReferralWeight, nameof(ReferralWeight));
        if (TotalWeight == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(AttendanceWeight), 0.0, "At least one component weight must be greater than 0; all were 0.");
        }

        Target(AttendanceTarget, 1, nameof(AttendanceTarget));
        Target(RetentionTarget, 1, nameof(RetentionTarget));
        Target(EquityTarget, 1, nameof(EquityTarget));
        Target(IncidentRateTarget, 100, nameof(IncidentRateTarget));
        Target(ComplianceTarget, 1, nameof(ComplianceTarget));
        Target(OutcomeTarget, 1, nameof(OutcomeTarget));
        Target(ReferralTarget, 1, nameof(ReferralTarget));
        Range(RetentionHorizonDays, 1, 3650, nameof(RetentionHorizonDays));
        if (!(MinimumPublishedCoverage is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumPublishedCoverage), MinimumPublishedCoverage, $"The minimum published coverage must be in (0, 1], was {MinimumPublishedCoverage}.");
        }

        Range(MinimumSessions, 2, 1000, nameof(MinimumSessions));
        Range(MinimumRetentionMembers, 1, 100_000, nameof(MinimumRetentionMembers));
        Range(MinimumMemberSessions, 1, 100_000, nameof(MinimumMemberSessions));
        Range(MinimumOutcomePairs, 2, 100_000, nameof(MinimumOutcomePairs));
        Range(MinimumReferrals, 1, 100_000, nameof(MinimumReferrals));
        Range(MinimumSessionsForOutcome, 0, 1000, nameof(MinimumSessionsForOutcome));
        ArgumentNullException.ThrowIfNull(OutcomeParameters);
        ArgumentNullException.ThrowIfNull(TalkingTherapies);
        ArgumentNullException.ThrowIfNull(FacilitationPolicy);
        TalkingTherapies.Validate();
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

    private static void Weight(double value, string name)
    {
        if (!(value is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be 0–100, was {value}."));
        }
    }

    private static void Target(double value, double max, string name)
    {
        if (!(value > 0 && value <= max))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be greater than 0 and at most {max}, was {value}."));
        }
    }

    private static void Range(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be {min}–{max}, was {value}."));
        }
    }
}
