using System.Globalization;

namespace PeerSupport.Analytics.Simulation;

/// <summary>
/// The parameters of a simulated cohort of peer support groups. Every property has a documented default chosen
/// to match the ranges in the literature (ICC .02–.12, dropout 15–25 %, deterioration 5–15 %), so
/// <c>new SimulationOptions()</c> gives a realistic small cohort. <see cref="Validate"/> lists every broken rule;
/// <see cref="CohortSimulator"/> refuses invalid options. docs/simulator.md explains the model behind each value.
/// </summary>
/// <remarks>A mutable options bag: not thread-safe while being changed. <see cref="CohortSimulator"/> copies it.</remarks>
public sealed class SimulationOptions
{
    /// <summary>Gets the earliest allowed <see cref="StartDate"/>, 1 January 1900.</summary>
    public static DateOnly MinStartDate { get; } = new(1900, 1, 1);

    /// <summary>Gets the latest allowed <see cref="StartDate"/>, 31 December 2200.</summary>
    public static DateOnly MaxStartDate { get; } = new(2200, 12, 31);

    /// <summary>Gets or sets the seed: the same options and seed give the same dataset on every machine.</summary>
    /// <value>Any value. The default value is 1.</value>
    public long Seed { get; set; } = 1;

    /// <summary>Gets or sets the number of groups.</summary>
    /// <value>1–100,000. The default value is 20.</value>
    public int GroupCount { get; set; } = 20;

    /// <summary>Gets or sets the number of members each group starts with (they join at the first session).</summary>
    /// <value>1–500. The default value is 10.</value>
    public int InitialMembersPerGroup { get; set; } = 10;

    /// <summary>Gets or sets the mean number of members joining each group each week after the first (Poisson).</summary>
    /// <value>0–20. The default value is 0.25.</value>
    public double JoinsPerGroupPerWeek { get; set; } = 0.25;

    /// <summary>Gets or sets the number of weekly sessions each group holds.</summary>
    /// <value>1–520. The default value is 24.</value>
    public int Weeks { get; set; } = 24;

    /// <summary>Gets or sets the date of the first week; each group meets on one weekday of that week (never the wall clock).</summary>
    /// <value><see cref="MinStartDate"/> to <see cref="MaxStartDate"/>. The default value is Monday 6 January 2025.</value>
    public DateOnly StartDate { get; set; } = new(2025, 1, 6);

    /// <summary>Gets or sets the programme length: a member still in the group after this many sessions leaves as completed.</summary>
    /// <value>1–520. The default value is 16.</value>
    public int MembershipWeeks { get; set; } = 16;

    /// <summary>Gets or sets the relative weight of peer-led groups in the facilitation mix.</summary>
    /// <value>0 or more; the three weights must not all be 0. The default value is 0.4.</value>
    public double PeerLedWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the relative weight of co-facilitated groups (a peer and a licensed clinician) in the facilitation mix.</summary>
    /// <value>0 or more. The default value is 0.4.</value>
    public double CoFacilitatedWeight { get; set; } = 0.4;

    /// <summary>Gets or sets the relative weight of professional-led groups in the facilitation mix.</summary>
    /// <value>0 or more. The default value is 0.2.</value>
    public double ProfessionalLedWeight { get; set; } = 0.2;

    /// <summary>Gets or sets the probability that a group has elevated acuity.</summary>
    /// <value>0–1. The default value is 0.25.</value>
    public double ElevatedAcuityShare { get; set; } = 0.25;

    /// <summary>Gets or sets the probability that a group follows a structured programme (its members then set goals rated by GAS).</summary>
    /// <value>0–1. The default value is 0.4.</value>
    public double ProgrammeShare { get; set; } = 0.4;

    /// <summary>Gets or sets the mean baseline PHQ-9 total in standard-acuity groups.</summary>
    /// <value>0–27. The default value is 11.</value>
    public double BaselinePhq9Mean { get; set; } = 11;

    /// <summary>Gets or sets the standard deviation of baseline PHQ-9 totals (group and member parts together).</summary>
    /// <value>0–15. The default value is 5.</value>
    public double BaselinePhq9StandardDeviation { get; set; } = 5;

    /// <summary>Gets or sets how much higher the mean baseline PHQ-9 is in elevated-acuity groups.</summary>
    /// <value>−27 to 27. The default value is 4.</value>
    public double ElevatedAcuityBaselineShift { get; set; } = 4;

    /// <summary>Gets or sets the intraclass correlation of baseline PHQ-9 within groups (share of variance from the group random effect).</summary>
    /// <value>0–0.9. The default value is 0.05.</value>
    public double Phq9Icc { get; set; } = 0.05;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in peer-led groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.10.</value>
    public double WeeklyChangePeerLed { get; set; } = -0.10;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in co-facilitated groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.18.</value>
    public double WeeklyChangeCoFacilitated { get; set; } = -0.18;

    /// <summary>Gets or sets the mean weekly change of PHQ-9 in professional-led groups (negative = improvement).</summary>
    /// <value>−2 to 2 points per week. The default value is −0.20.</value>
    public double WeeklyChangeProfessionalLed { get; set; } = -0.20;

    /// <summary>Gets or sets the probability that a member deteriorates instead of following the group's trajectory.</summary>
    /// <value>0–1. The default value is 0.12.</value>
    public double DeteriorationShare { get; set; } = 0.12;

    /// <summary>Gets or sets the weekly PHQ-9 worsening of a deteriorating member.</summary>
    /// <value>0–2 points per week. The default value is 0.6.</value>
    public double DeteriorationPerWeek { get; set; } = 0.6;

    /// <summary>Gets or sets the standard deviation of follow-up measurement noise around a member's trajectory (PHQ-9 points).</summary>
    /// <value>0–10. The default value is 2.</value>
    public double MeasurementStandardDeviation { get; set; } = 2;

    /// <summary>Gets or sets the base weekly dropout hazard, before the multipliers described in docs/simulator.md.</summary>
    /// <value>0–1. The default value is 0.011.</value>
    public double DropoutHazardPerWeek { get; set; } = 0.011;

    /// <summary>Gets or sets the dropout hazard multiplier for members of peer-led groups.</summary>
    /// <value>0–10. The default value is 1.25.</value>
    public double PeerLedDropoutMultiplier { get; set; } = 1.25;

    /// <summary>Gets or sets the dropout hazard multiplier for members of elevated-acuity groups.</summary>
    /// <value>0–10. The default value is 1.3.</value>
    public double ElevatedAcuityDropoutMultiplier { get; set; } = 1.3;

    /// <summary>Gets or sets the weekly probability that a member transfers to another group.</summary>
    /// <value>0–1. The default value is 0.002.</value>
    public double TransferHazardPerWeek { get; set; } = 0.002;

    /// <summary>Gets or sets the attendance probability of a typical member (the median over members).</summary>
    /// <value>Greater than 0 and less than 1. The default value is 0.75.</value>
    public double AttendanceProbability { get; set; } = 0.75;

    /// <summary>Gets or sets the standard deviation, on the logit scale, of members' attendance propensity.</summary>
    /// <value>0–5. The default value is 1.</value>
    public double AttendanceVariation { get; set; } = 1;

    /// <summary>Gets or sets the share of attendances recorded as late.</summary>
    /// <value>0–1. The default value is 0.1.</value>
    public double LateShare { get; set; } = 0.1;

    /// <summary>Gets or sets the share of non-attendances recorded as excused rather than absent.</summary>
    /// <value>0–1. The default value is 0.3.</value>
    public double ExcusedShare { get; set; } = 0.3;

    /// <summary>Gets or sets a value indicating whether speaking minutes and turns are recorded for attending members.</summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool RecordSpeaking { get; set; } = true;

    /// <summary>Gets or sets the member talk time shared out in each session, in minutes.</summary>
    /// <value>0–600. The default value is 60.</value>
    public double TalkMinutesPerSession { get; set; } = 60;

    /// <summary>Gets or sets the log-normal spread of members' talkativeness (0 = everyone speaks equally).</summary>
    /// <value>0–3. The default value is 0.7.</value>
    public double SpeakingInequality { get; set; } = 0.7;

    /// <summary>Gets or sets the weeks between PHQ-9 and GAD-7 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 4.</value>
    public int Phq9Gad7IntervalWeeks { get; set; } = 4;

    /// <summary>Gets or sets the weeks between WHO-5 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 8.</value>
    public int Who5IntervalWeeks { get; set; } = 8;

    /// <summary>Gets or sets the weeks between K10 assessments after the baseline (0 = baseline only).</summary>
    /// <value>0–52. The default value is 12.</value>
    public int K10IntervalWeeks { get; set; } = 12;

    /// <summary>Gets or sets the probability that a scheduled follow-up assessment is completed by a member who attends (a third of it for one who does not).</summary>
    /// <value>0–1. The default value is 0.9.</value>
    public double FollowUpCompletionRate { get; set; } = 0.9;

    /// <summary>Gets or sets the probability that PHQ-9 item 9 is above 0 at a total of 10; it scales with the total (capped at 0.9).</summary>
    /// <value>0–1. The default value is 0.06.</value>
    public double Item9PositiveRate { get; set; } = 0.06;

    /// <summary>Gets or sets the share of assessments with one item missing (proratable unless it is a flag item or the instrument allows none).</summary>
    /// <value>0–1; with <see cref="MissingBeyondLimitRate"/> and <see cref="TotalOnlyRate"/> at most 1. The default value is 0.03.</value>
    public double MissingItemRate { get; set; } = 0.03;

    /// <summary>Gets or sets the share of assessments with more items missing than the instrument may prorate (total unknown).</summary>
    /// <value>0–1. The default value is 0.01.</value>
    public double MissingBeyondLimitRate { get; set; } = 0.01;

    /// <summary>Gets or sets the share of assessments recorded as a total only, without items.</summary>
    /// <value>0–1. The default value is 0.05.</value>
    public double TotalOnlyRate { get; set; } = 0.05;

    /// <summary>Gets or sets the mean number of harmful-advice and boundary-violation incidents per session in co-facilitated and professional-led groups.</summary>
    /// <value>0–5. The default value is 0.03.</value>
    public double HarmfulIncidentRate { get; set; } = 0.03;

    /// <summary>Gets or sets the multiplier of <see cref="HarmfulIncidentRate"/> in peer-led groups.</summary>
    /// <value>0–20. The default value is 2.5.</value>
    public double PeerLedHarmMultiplier { get; set; } = 2.5;

    /// <summary>Gets or sets the mean number of conflict incidents per session.</summary>
    /// <value>0–5. The default value is 0.04.</value>
    public double ConflictRate { get; set; } = 0.04;

    /// <summary>Gets or sets the mean number of crisis disclosures per session.</summary>
    /// <value>0–5. The default value is 0.01.</value>
    public double CrisisDisclosureRate { get; set; } = 0.01;

    /// <summary>Gets or sets the share of incidents recorded without naming a member.</summary>
    /// <value>0–1. The default value is 0.2.</value>
    public double UnattributedIncidentShare { get; set; } = 0.2;

    /// <summary>Gets or sets the share of credentialed facilitators whose credential expires during the simulated period.</summary>
    /// <value>0–1. The default value is 0.15.</value>
    public double CredentialLapseShare { get; set; } = 0.15;

    /// <summary>Gets or sets the share of peer facilitators without any credential.</summary>
    /// <value>0–1. The default value is 0.1.</value>
    public double UncredentialedPeerShare { get; set; } = 0.1;

    /// <summary>Gets or sets the probability that a facilitator misses a session (the group's lead never misses all of them).</summary>
    /// <value>0–1. The default value is 0.05.</value>
    public double FacilitatorAbsenceRate { get; set; } = 0.05;

    /// <summary>Gets or sets the probability that a referral the default rules would recommend is recorded in the dataset.</summary>
    /// <value>0–1. The default value is 0.9.</value>
    public double ReferralRecordRate { get; set; } = 0.9;

    /// <summary>Gets or sets the probability that a member referred to a clinician or crisis service leaves the group as referred on.</summary>
    /// <value>0–1. The default value is 0.3.</value>
    public double ReferredOnShare { get; set; } = 0.3;

    /// <summary>Gets or sets the probability that a member consents to sharing scores with a licensed co-facilitator.</summary>
    /// <value>0–1. The default value is 0.8.</value>
    public double ShareScoresConsentRate { get; set; } = 0.8;

    /// <summary>Gets or sets the probability that a member consents to research use.</summary>
    /// <value>0–1. The default value is 0.9.</value>
    public double ResearchConsentRate { get; set; } = 0.9;

    /// <summary>Checks every option and lists each broken rule.</summary>
    /// <returns>One message per problem, naming the option, the rule and the value; empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Range(problems, nameof(GroupCount), GroupCount, 1, 100_000);
        Range(problems, nameof(InitialMembersPerGroup), InitialMembersPerGroup, 1, 500);
        Range(problems, nameof(JoinsPerGroupPerWeek), JoinsPerGroupPerWeek, 0, 20);
        Range(problems, nameof(Weeks), Weeks, 1, 520);
        if (StartDate < MinStartDate || StartDate > MaxStartDate)
        {
            problems.Add(Invariant($"StartDate must be between {MinStartDate:yyyy-MM-dd} and {MaxStartDate:yyyy-MM-dd}, was {StartDate:yyyy-MM-dd}."));
        }

        Range(problems, nameof(MembershipWeeks), MembershipWeeks, 1, 520);
        Range(problems, nameof(PeerLedWeight), PeerLedWeight, 0, double.MaxValue);
        Range(problems, nameof(CoFacilitatedWeight), CoFacilitatedWeight, 0, double.MaxValue);
        Range(problems, nameof(ProfessionalLedWeight), ProfessionalLedWeight, 0, double.MaxValue);
        if (PeerLedWeight == 0 && CoFacilitatedWeight == 0 && ProfessionalLedWeight == 0)
        {
            problems.Add("PeerLedWeight, CoFacilitatedWeight and ProfessionalLedWeight must not all be 0.");
        }

        Probability(problems, nameof(ElevatedAcuityShare), ElevatedAcuityShare);
        Probability(problems, nameof(ProgrammeShare), ProgrammeShare);
        Range(problems, nameof(BaselinePhq9Mean), BaselinePhq9Mean, 0, 27);
        Range(problems, nameof(BaselinePhq9StandardDeviation), BaselinePhq9StandardDeviation, 0, 15);
        Range(problems, nameof(ElevatedAcuityBaselineShift), ElevatedAcuityBaselineShift, -27, 27);
        Range(problems, nameof(Phq9Icc), Phq9Icc, 0, 0.9);
        Range(problems, nameof(WeeklyChangePeerLed), WeeklyChangePeerLed, -2, 2);
        Range(problems, nameof(WeeklyChangeCoFacilitated), WeeklyChangeCoFacilitated, -2, 2);
        Range(problems, nameof(WeeklyChangeProfessionalLed), WeeklyChangeProfessionalLed, -2, 2);
        Probability(problems, nameof(DeteriorationShare), DeteriorationShare);
        Range(problems, nameof(DeteriorationPerWeek), DeteriorationPerWeek, 0, 2);
        Range(problems, nameof(MeasurementStandardDeviation), MeasurementStandardDeviation, 0, 10);
        Probability(problems, nameof(DropoutHazardPerWeek), DropoutHazardPerWeek);
        Range(problems, nameof(PeerLedDropoutMultiplier), PeerLedDropoutMultiplier, 0, 10);
        Range(problems, nameof(ElevatedAcuityDropoutMultiplier), ElevatedAcuityDropoutMultiplier, 0, 10);
        Probability(problems, nameof(TransferHazardPerWeek), TransferHazardPerWeek);
        if (!(AttendanceProbability > 0 && AttendanceProbability < 1))
        {
            problems.Add(Invariant($"AttendanceProbability must be greater than 0 and less than 1, was {AttendanceProbability}."));
        }

        Range(problems, nameof(AttendanceVariation), AttendanceVariation, 0, 5);
        Probability(problems, nameof(LateShare), LateShare);
        Probability(problems, nameof(ExcusedShare), ExcusedShare);
        Range(problems, nameof(TalkMinutesPerSession), TalkMinutesPerSession, 0, 600);
        Range(problems, nameof(SpeakingInequality), SpeakingInequality, 0, 3);
        Range(problems, nameof(Phq9Gad7IntervalWeeks), Phq9Gad7IntervalWeeks, 0, 52);
        Range(problems, nameof(Who5IntervalWeeks), Who5IntervalWeeks, 0, 52);
        Range(problems, nameof(K10IntervalWeeks), K10IntervalWeeks, 0, 52);
        Probability(problems, nameof(FollowUpCompletionRate), FollowUpCompletionRate);
        Probability(problems, nameof(Item9PositiveRate), Item9PositiveRate);
        Probability(problems, nameof(MissingItemRate), MissingItemRate);
        Probability(problems, nameof(MissingBeyondLimitRate), MissingBeyondLimitRate);
        Probability(problems, nameof(TotalOnlyRate), TotalOnlyRate);
        var incomplete = MissingItemRate + MissingBeyondLimitRate + TotalOnlyRate;
        if (incomplete > 1)
        {
            problems.Add(Invariant($"MissingItemRate + MissingBeyondLimitRate + TotalOnlyRate must be at most 1, was {Math.Round(incomplete, 6)}."));
        }

        Range(problems, nameof(HarmfulIncidentRate), HarmfulIncidentRate, 0, 5);
        Range(problems, nameof(PeerLedHarmMultiplier), PeerLedHarmMultiplier, 0, 20);
        Range(problems, nameof(ConflictRate), ConflictRate, 0, 5);
        Range(problems, nameof(CrisisDisclosureRate), CrisisDisclosureRate, 0, 5);
        Probability(problems, nameof(UnattributedIncidentShare), UnattributedIncidentShare);
        Probability(problems, nameof(CredentialLapseShare), CredentialLapseShare);
        Probability(problems, nameof(UncredentialedPeerShare), UncredentialedPeerShare);
        Probability(problems, nameof(FacilitatorAbsenceRate), FacilitatorAbsenceRate);
        Probability(problems, nameof(ReferralRecordRate), ReferralRecordRate);
        Probability(problems, nameof(ReferredOnShare), ReferredOnShare);
        Probability(problems, nameof(ShareScoresConsentRate), ShareScoresConsentRate);
        Probability(problems, nameof(ResearchConsentRate), ResearchConsentRate);
        return problems;
    }

    /// <summary>Returns a copy, so a simulator is unaffected by later changes to these options.</summary>
    internal SimulationOptions Clone() => (SimulationOptions)MemberwiseClone();

    private static void Range(List<string> problems, string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            problems.Add(Invariant($"{name} must be between {min} and {max}, was {value}."));
        }
    }

    private static void Range(List<string> problems, string name, double value, double min, double max)
    {
        if (!double.IsFinite(value) || value < min || value > max)
        {
            problems.Add(max == double.MaxValue
                ? Invariant($"{name} must be a finite number of at least {min}, was {value}.")
                : Invariant($"{name} must be between {min} and {max}, was {value}."));
        }
    }

    private static void Probability(List<string> problems, string name, double value)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            problems.Add(Invariant($"{name} must be a probability between 0 and 1, was {value}."));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
