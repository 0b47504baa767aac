using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// The parameters of a simulated cohort of peer support groups. Every property has a documented default chosen
/// to match the ranges in the literature (ICC .02–.12, dropout 15–25 %, deterioration 5–15 %), so
/// <c>new SimulationOptions()</c> gives a realistic small cohort. The ranges are data annotations checked by the
/// source-generated <see cref="SimulationOptionsValidator"/>; the rules annotations cannot express are
/// <see cref="IValidatableObject.Validate"/>, which the validator also runs. <see cref="Validate()"/> lists every broken
/// rule; <see cref="CohortSimulator"/> refuses invalid options. docs/simulator.md explains the model behind each value.
/// </summary>
/// <remarks>A mutable options bag: not thread-safe while being changed. <see cref="CohortSimulator"/> copies it.</remarks>
public sealed class SimulationOptions : IValidatableObject
{
    private static readonly SimulationOptionsValidator s_validator = new();

    /// <summary>Gets the earliest allowed <see cref="StartDate"/>, 1 January 1900.</summary>
    public static DateOnly MinStartDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest allowed <see cref="StartDate"/>, 31 December 2200.</summary>
    public static DateOnly MaxStartDate { get; } = new(2200, 12, 31);

    /// <summary>Gets or sets the seed: the same options and seed give the same dataset on every machine.</summary>
    /// <value>Any value. The default value is 1.</value>
    public long Seed { get; set; } = 1;

    /// <summary>Gets or sets the number of groups.</summary>
    /// <value>1–100,000. The default value is 20.</value>
    [Range(1, 100_000)]
    public int GroupCount { get; set; } = 20;

    /// <summary>Gets or sets the number of members each group starts with (they join at the first session).</summary>
    /// <value>1–500. The default value is 10.</value>
    [Range(1, 500)]
    public int InitialMembersPerGroup { get; set; } = 10;

    /// <summary>Gets or sets the mean number of members joining each group each week after the first (Poisson).</summary>
    /// <value>0–20. The default value is 0.25.</value>
    [Range(0.0, 20.0)]
    public double JoinsPerGroupPerWeek { get; set; } = 0.25;

    /// <summary>Gets or sets the number of weekly sessions each group holds.</summary>
    /// <value>1–520. The default value is 24.</value>
    [Range(1, 520)]
    public int Weeks { get; set; } = 24;

    /// <summary>Gets or sets the date of the first week; each group meets on one weekday of that week (never the wall clock).</summary>
    /// <value><see cref="MinStartDate"/> to <see cref="MaxStartDate"/>. The default value is Monday 6 January 2025.</value>
    public DateOnly StartDate { get; set; } = new(2025, 1, 6);

    /// <summary>Gets or sets the programme length: a member still in the group after this many sessions leaves as completed.</summary>
    /// <value>1–520. The default value is 16.</value>
    [Range(1, 520)]
    public int MembershipWeeks { get; set; } = 16;

    /// <summary>Gets or sets the relative weight of peer-led groups in the facilitation mix.</summary>
    /// <value>0 or more; the three weights must not all be 0. The default value is 0.4.</value>
    [Range(0.0, double.MaxValue)]
    public double PeerLedWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the relative weight of co-facilitated groups (a peer and a licensed clinician) in the facilitation mix.</summary>
    /// <value>0 or more. The default value is 0.4.</value>
    [Range(0.0, double.MaxValue)]
    public double CoFacilitatedWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the relative weight of professional-led groups in the facilitation mix.</summary>
    /// <value>0 or more. The default value is 0.2.</value>
    [Range(0.0, double.MaxValue)]
    public double ProfessionalLedWeight { get; set; } = 0.2;

    /// <summary>Gets or sets the probability that a group has elevated acuity.</summary>
    /// <value>0–1. The default value is 0.25.</value>
    [Range(0.0, 1.0)]
    public double ElevatedAcuityShare { get; set; } = 0.25;

    /// <summary>Gets or sets the probability that a group follows a structured programme (its members then set goals rated by GAS).</summary>
    /// <value>0–1. The default value is 0.4.</value>
    [Range(0.0, 1.0)]
    public double ProgrammeShare { get; set; } = 0.4;

    /// <summary>Gets or sets the mean baseline PHQ-9 total in standard-acuity groups.</summary>
    /// <value>0–27. The default value is 11.</value>
    [Range(0.0, 27.0)]
    public double BaselinePhq9Mean { get; set; } = 11;

    /// <summary>Gets or sets the standard deviation of baseline PHQ-9 totals (group and member parts together).</summary>
    /// <value>0–15. The default value is 5.</value>
    [Range(0.0, 15.0)]
    public double BaselinePhq9StandardDeviation { get; set; } = 5;

    /// <summary>Gets or sets how much higher the mean baseline PHQ-9 is in elevated-acuity groups.</summary>
    /// <value>−27 to 27. The default value is 4.</value>
    [Range(-27.0, 27.0)]
    public double ElevatedAcuityBaselineShift { get; set; } = 4;

    /// <summary>Gets or sets the intraclass correlation of baseline PHQ-9 within groups (share of variance from the group random effect).</summary>
    /// <value>0–0.9. The default value is 0.05.</value>
    [Range(0.0, 0.9)]
    public double Phq9Icc { get; set; } = 0.05;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in peer-led groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.10.</value>
    [Range(-2.0, 2.0)]
    public double WeeklyChangePeerLed { get; set; } = -0.10;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in co-facilitated groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.18.</value>
    [Range(-2.0, 2.0)]
    public double WeeklyChangeCoFacilitated { get; set; } = -0.18;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in professional-led groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.20.</value>
    [Range(-2.0, 2.0)]
    public double WeeklyChangeProfessionalLed { get; set; } = -0.20;

    /// <summary>Gets or sets the probability that a member deteriorates instead of following the group's trajectory.</summary>
    /// <value>0–1. The default value is 0.12.</value>
    [Range(0.0, 1.0)]
    public double DeteriorationShare { get; set; } = 0.12;

    /// <summary>Gets or sets the weekly PHQ-9 worsening of a deteriorating member.</summary>
    /// <value>0–2 points per week. The default value is 0.6.</value>
    [Range(0.0, 2.0)]
    public double DeteriorationPerWeek { get; set; } = 0.6;

    /// <summary>Gets or sets the standard deviation of follow-up measurement noise around a member's trajectory (PHQ-9 points).</summary>
    /// <value>0–10. The default value is 2.</value>
    [Range(0.0, 10.0)]
    public double MeasurementStandardDeviation { get; set; } = 2;

    /// <summary>Gets or sets the base weekly dropout hazard, before the multipliers described in docs/simulator.md.</summary>
    /// <value>0–1. The default value is 0.011.</value>
    [Range(0.0, 1.0)]
    public double DropoutHazardPerWeek { get; set; } = 0.011;

    /// <summary>Gets or sets the dropout hazard multiplier for members of peer-led groups.</summary>
    /// <value>0–10. The default value is 1.25.</value>
    [Range(0.0, 10.0)]
    public double PeerLedDropoutMultiplier { get; set; } = 1.25;

    /// <summary>Gets or sets the dropout hazard multiplier for members of elevated-acuity groups.</summary>
    /// <value>0–10. The default value is 1.3.</value>
    [Range(0.0, 10.0)]
    public double ElevatedAcuityDropoutMultiplier { get; set; } = 1.3;

    /// <summary>Gets or sets the weekly probability that a member transfers to another group.</summary>
    /// <value>0–1. The default value is 0.002.</value>
    [Range(0.0, 1.0)]
    public double TransferHazardPerWeek { get; set; } = 0.002;

    /// <summary>Gets or sets the attendance probability of a typical member (the median over members).</summary>
    /// <value>Greater than 0 and less than 1. The default value is 0.75.</value>
    [Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double AttendanceProbability { get; set; } = 0.75;

    /// <summary>Gets or sets the standard deviation, on the logit scale, of members' attendance propensity.</summary>
    /// <value>0–5. The default value is 1.</value>
    [Range(0.0, 5.0)]
    public double AttendanceVariation { get; set; } = 1;

    /// <summary>Gets or sets the share of attendances recorded as late.</summary>
    /// <value>0–1. The default value is 0.1.</value>
    [Range(0.0, 1.0)]
    public double LateShare { get; set; } = 0.1;

    /// <summary>Gets or sets the share of non-attendances recorded as excused rather than absent.</summary>
    /// <value>0–1. The default value is 0.3.</value>
    [Range(0.0, 1.0)]
    public double ExcusedShare { get; set; } = 0.3;

    /// <summary>Gets or sets a value indicating whether speaking minutes and turns are recorded for attending members.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RecordSpeaking { get; set; } = true;

    /// <summary>Gets or sets the member talk time shared out in each session, in minutes.</summary>
    /// <value>0–600. The default value is 60.</value>
    [Range(0.0, 600.0)]
    public double TalkMinutesPerSession { get; set; } = 60;

    /// <summary>Gets or sets the log-normal spread of members' talkativeness (0 = everyone speaks equally).</summary>
    /// <value>0–3. The default value is 0.7.</value>
    [Range(0.0, 3.0)]
    public double SpeakingInequality { get; set; } = 0.7;

    /// <summary>Gets or sets the weeks between PHQ-9 and GAD-7 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 4.</value>
    [Range(0, 52)]
    public int Phq9Gad7IntervalWeeks { get; set; } = 4;

    /// <summary>Gets or sets the weeks between WHO-5 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 8.</value>
    [Range(0, 52)]
    public int Who5IntervalWeeks { get; set; } = 8;

    /// <summary>Gets or sets the weeks between K10 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 12.</value>
    [Range(0, 52)]
    public int K10IntervalWeeks { get; set; } = 12;

    /// <summary>Gets or sets the probability that a scheduled follow-up assessment is completed by a member who attends (a third of it for one who does not).</summary>
    /// <value>0–1. The default value is 0.9.</value>
    [Range(0.0, 1.0)]
    public double FollowUpCompletionRate { get; set; } = 0.9;

    /// <summary>Gets or sets the probability that PHQ-9 item 9 is above 0 at a total of 10; it scales with the total (capped at 0.9).</summary>
    /// <value>0–1. The default value is 0.06.</value>
    [Range(0.0, 1.0)]
    public double Item9PositiveRate { get; set; } = 0.06;

    /// <summary>Gets or sets the share of assessments with one item missing (proratable unless it is a flag item or the instrument allows none).</summary>
    /// <value>0–1; with <see cref="MissingBeyondLimitRate"/> and <see cref="TotalOnlyRate"/> at most 1. The default value is 0.03.</value>
    [Range(0.0, 1.0)]
    public double MissingItemRate { get; set; } = 0.03;

    /// <summary>Gets or sets the share of assessments with more items missing than the instrument may prorate (total unknown).</summary>
    /// <value>0–1. The default value is 0.01.</value>
    [Range(0.0, 1.0)]
    public double MissingBeyondLimitRate { get; set; } = 0.01;

    /// <summary>Gets or sets the share of assessments recorded as a total only, without items.</summary>
    /// <value>0–1. The default value is 0.05.</value>
    [Range(0.0, 1.0)]
    public double TotalOnlyRate { get; set; } = 0.05;

    /// <summary>Gets or sets the mean number of harmful-advice and boundary-violation incidents per session in co-facilitated and professional-led groups.</summary>
    /// <value>0–5. The default value is 0.03.</value>
    [Range(0.0, 5.0)]
    public double HarmfulIncidentRate { get; set; } = 0.03;

    /// <summary>Gets or sets the multiplier of <see cref="HarmfulIncidentRate"/> in peer-led groups.</summary>
    /// <value>0–20. The default value is 2.5.</value>
    [Range(0.0, 20.0)]
    public double PeerLedHarmMultiplier { get; set; } = 2.5;

    /// <summary>Gets or sets the mean number of conflict incidents per session.</summary>
    /// <value>0–5. The default value is 0.04.</value>
    [Range(0.0, 5.0)]
    public double ConflictRate { get; set; } = 0.04;

    /// <summary>Gets or sets the mean number of crisis disclosures per session.</summary>
    /// <value>0–5. The default value is 0.01.</value>
    [Range(0.0, 5.0)]
    public double CrisisDisclosureRate { get; set; } = 0.01;

    /// <summary>Gets or sets the share of incidents recorded without naming a member.</summary>
    /// <value>0–1. The default value is 0.2.</value>
    [Range(0.0, 1.0)]
    public double UnattributedIncidentShare { get; set; } = 0.2;

    /// <summary>Gets or sets the share of credentialed facilitators whose credential expires during the simulated period.</summary>
    /// <value>0–1. The default value is 0.15.</value>
    [Range(0.0, 1.0)]
    public double CredentialLapseShare { get; set; } = 0.15;

    /// <summary>Gets or sets the share of peer facilitators without any credential.</summary>
    /// <value>0–1. The default value is 0.1.</value>
    [Range(0.0, 1.0)]
    public double UncredentialedPeerShare { get; set; } = 0.1;

    /// <summary>Gets or sets the probability that a facilitator misses a session (the group's lead never misses all of them).</summary>
    /// <value>0–1. The default value is 0.05.</value>
    [Range(0.0, 1.0)]
    public double FacilitatorAbsenceRate { get; set; } = 0.05;

    /// <summary>Gets or sets the probability that a referral the default rules would recommend is recorded in the dataset.</summary>
    /// <value>0–1. The default value is 0.9.</value>
    [Range(0.0, 1.0)]
    public double ReferralRecordRate { get; set; } = 0.9;

    /// <summary>Gets or sets the probability that a member referred to a clinician or crisis service leaves the group as referred on.</summary>
    /// <value>0–1. The default value is 0.3.</value>
    [Range(0.0, 1.0)]
    public double ReferredOnShare { get; set; } = 0.3;

    /// <summary>Gets or sets the probability that a member consents to sharing scores with a licensed co-facilitator.</summary>
    /// <value>0–1. The default value is 0.8.</value>
    [Range(0.0, 1.0)]
    public double ShareScoresConsentRate { get; set; } = 0.8;

    /// <summary>Gets or sets the probability that a member consents to research use.</summary>
    /// <value>0–1. The default value is 0.9.</value>
    [Range(0.0, 1.0)]
    public double ResearchConsentRate { get; set; } = 0.9;

    /// <summary>Checks every option with <see cref="SimulationOptionsValidator"/> and lists each broken rule.</summary>
    /// <returns>One message per problem, naming the option and the rule; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var result = s_validator.Validate(null, this);
        return result.Failed ? [.. result.Failures ?? [result.FailureMessage]] : [];
    }

    /// <summary>
    /// The rules the annotations cannot express: the start date's range (a <see cref="DateOnly"/> range is not an
    /// annotation), a facilitation mix with some weight, and incomplete-assessment shares that add up to at most 1.
    /// </summary>
    /// <param name="validationContext">The context (unused).</param>
    /// <returns>Each broken rule.</returns>
    IEnumerable<ValidationResult> IValidatableObject.Validate(ValidationContext validationContext)
    {
        if (StartDate < MinStartDate || StartDate > MaxStartDate)
        {
            yield return new ValidationResult(
                Invariant($"The field SimulationOptions.StartDate must be between {MinStartDate:yyyy-MM-dd} and {MaxStartDate:yyyy-MM-dd}, was {StartDate:yyyy-MM-dd}."),
                [nameof(StartDate)]);
        }

        if (PeerLedWeight == 0 && CoFacilitatedWeight == 0 && ProfessionalLedWeight == 0)
        {
            yield return new ValidationResult(
                "At least one facilitation-mix weight must be greater than 0; all were 0.",
                [nameof(PeerLedWeight), nameof(CoFacilitatedWeight), nameof(ProfessionalLedWeight)]);
        }

        var incomplete = MissingItemRate + MissingBeyondLimitRate + TotalOnlyRate;
        if (incomplete > 1)
        {
            yield return new ValidationResult(
                Invariant($"The incomplete-assessment shares must add up to at most 1, was {Math.Round(incomplete, 6)}."),
                [nameof(MissingItemRate), nameof(MissingBeyondLimitRate), nameof(TotalOnlyRate)]);
        }
    }

    /// <summary>Returns a copy, so a simulator is unaffected by later changes to these options.</summary>
    internal SimulationOptions Clone() => (SimulationOptions)MemberwiseClone();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
