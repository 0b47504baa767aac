using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Simulation;
using PeerSupport.Domain;
using PeerSupport.Facilitation;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using Xunit.Abstractions;

namespace PeerSupport.Analytics.Tests.Simulation;

/// <summary>
/// Checks that a large default cohort looks like the literature: tolerances are wide enough for
/// sampling error at this size and narrow enough to catch a broken model.
/// </summary>
public sealed class CohortSimulatorRealismTests : IClassFixture<LargeCohortFixture>
{
    private readonly LargeCohortFixture _cohort;
    private readonly ITestOutputHelper _output;

    public CohortSimulatorRealismTests(LargeCohortFixture cohort, ITestOutputHelper output)
    {
        _cohort = cohort;
        _output = output;
    }

    [Fact]
    public void Simulate_DefaultOptions_DropoutShareInLiteratureBand()
    {
        var members = _cohort.Dataset.Members;
        var dropped = members.Count(m => m.LeavingReason == LeavingReason.DroppedOut);
        var share = (double)dropped / members.Length;
        _output.WriteLine($"members {members.Length}, dropout share {share:F3}, completed {members.Count(m => m.LeavingReason == LeavingReason.Completed)}, referred on {members.Count(m => m.LeavingReason == LeavingReason.ReferredOn)}, transferred {members.Count(m => m.LeavingReason == LeavingReason.Transferred)}, active {members.Count(m => m.LeftOn is null)}");

        Assert.InRange(share, 0.13, 0.27);
        Assert.Contains(members, m => m.LeavingReason == LeavingReason.Completed);
        Assert.Contains(members, m => m.LeavingReason == LeavingReason.ReferredOn);
        Assert.Contains(members, m => m.LeavingReason == LeavingReason.Transferred);
        Assert.Contains(members, m => m.LeftOn is null);
    }

    [Fact]
    public void Simulate_DefaultOptions_MembersJoinAfterTheFirstSession()
    {
        var start = _cohort.Options.StartDate;
        var late = _cohort.Dataset.Members.Count(m => m.JoinedOn > start.AddDays(6));

        Assert.InRange(late, 0.1 * _cohort.Dataset.Members.Length, 0.5 * _cohort.Dataset.Members.Length);
    }

    [Theory]
    [InlineData(0.02)]
    [InlineData(0.05)]
    [InlineData(0.12)]
    public void Simulate_ConfiguredIcc_BaselinePhq9IccIsNearIt(double icc)
    {
        var options = new SimulationOptions { Seed = 7, GroupCount = 600, Weeks = 1, ElevatedAcuityShare = 0, Phq9Icc = icc, TotalOnlyRate = 0, MissingItemRate = 0, MissingBeyondLimitRate = 0 };
        var dataset = new CohortSimulator(options).Simulate();
        var baselines = dataset.MemberHistories
            .Select(h => (h.Member.GroupId, Score: h.AssessmentsOf(InstrumentId.Phq9).First().Score.Total))
            .ToArray();

        var result = OneWayIcc.Compute(baselines.Select(b => b.GroupId.Value).ToArray(), baselines.Select(b => (double)b.Score!.Value).ToArray());
        _output.WriteLine($"configured {icc}, estimated {result.Icc1}");

        Assert.InRange(result.Icc1.Value, icc - 0.035, icc + 0.035);
    }

    [Fact]
    public void Simulate_DefaultOptions_SomePhq9Item9AnswersArePositive()
    {
        var phq9 = _cohort.Dataset.Assessments.Where(a => a.Instrument == InstrumentId.Phq9).ToArray();
        var positive = phq9.Count(a => a.Score.GetItem(9) > 0);
        _output.WriteLine($"PHQ-9 rows {phq9.Length}, item 9 positive {positive}");

        Assert.InRange((double)positive / phq9.Length, 0.01, 0.15);
    }

    [Fact]
    public void Simulate_DefaultOptions_RecordsProratedUnknownAndTotalOnlyRows()
    {
        var assessments = _cohort.Dataset.Assessments;
        var prorated = assessments.Count(a => a.Score.IsProrated);
        var unknown = assessments.Count(a => a.Score.Total is null);
        var totalOnly = assessments.Count(a => a.Score.IsTotalOnly);
        _output.WriteLine($"assessments {assessments.Length}, prorated {prorated}, unknown total {unknown}, total only {totalOnly}");

        Assert.True(prorated > 0, "no prorated assessment");
        Assert.True(unknown > 0, "no assessment with an unknown total");
        Assert.InRange((double)totalOnly / assessments.Length, 0.03, 0.07);
        Assert.Contains(assessments, a => a.Instrument == InstrumentId.Phq9 && a.Score.GetItem(9) is null && !a.Score.IsTotalOnly);
    }

    [Fact]
    public void Simulate_DefaultOptions_ScheduleGivesPhq9AndGad7MostOften()
    {
        var counts = _cohort.Dataset.Assessments.GroupBy(a => a.Instrument).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(counts[InstrumentId.Phq9], counts[InstrumentId.Gad7]);
        Assert.True(counts[InstrumentId.Phq9] > counts[InstrumentId.Who5]);
        Assert.True(counts[InstrumentId.Who5] > counts[InstrumentId.K10]);
        Assert.All(_cohort.Dataset.MemberHistories, h => Assert.Equal(h.Member.JoinedOn, h.AssessmentsOf(InstrumentId.Phq9).First().Date));
    }

    [Fact]
    public void Simulate_DefaultOptions_ReliableDeteriorationInLiteratureBand()
    {
        var withFollowUp = 0;
        var deteriorated = 0;
        foreach (var history in _cohort.Dataset.MemberHistories)
        {
            var known = history.AssessmentsOf(InstrumentId.Phq9).Where(a => a.Score.Total is not null).ToArray();
            if (known.Length >= 2 && known[^1].Date.DayNumber - known[0].Date.DayNumber >= 56)
            {
                withFollowUp++;
                deteriorated += known[^1].Score.Total - known[0].Score.Total >= 6 ? 1 : 0;
            }
        }

        var share = (double)deteriorated / withFollowUp;
        _output.WriteLine($"members with follow-up {withFollowUp}, reliable deterioration {share:F3}");
        Assert.InRange(share, 0.05, 0.15);
    }

    [Fact]
    public void Simulate_DefaultOptions_ImprovementLargestWithProfessionalInvolvement()
    {
        double MeanChange(FacilitationModel model)
        {
            var changes = new List<double>();
            foreach (var history in _cohort.Dataset.MemberHistories.Where(h => h.Group.FacilitationModel == model))
            {
                var totals = history.AssessmentsOf(InstrumentId.Phq9).Where(a => a.Score.Total is not null).Select(a => a.Score.Total!.Value).ToArray();
                if (totals.Length >= 3)
                {
                    changes.Add(totals[^1] - totals[0]);
                }
            }

            return changes.Average();
        }

        var peer = MeanChange(FacilitationModel.PeerLed);
        var co = MeanChange(FacilitationModel.CoFacilitated);
        _output.WriteLine($"mean PHQ-9 change: peer-led {peer:F2}, co-facilitated {co:F2}");

        Assert.True(peer < 0, "peer-led members should improve on average");
        Assert.True(co < peer, "co-facilitated members should improve more than peer-led");
    }

    [Fact]
    public void Simulate_DefaultOptions_AttendanceNearConfiguredWithLateAndExcused()
    {
        var rows = _cohort.Dataset.Attendance;
        var attended = rows.Count(r => r.Attended);
        var late = rows.Count(r => r.Status == AttendanceStatus.Late);
        var excused = rows.Count(r => r.Status == AttendanceStatus.Excused);
        var absent = rows.Count(r => r.Status == AttendanceStatus.Absent);
        _output.WriteLine($"rows {rows.Length}, attended {(double)attended / rows.Length:F3}, late {(double)late / attended:F3}, excused {(double)excused / (excused + absent):F3}");

        Assert.InRange((double)attended / rows.Length, 0.65, 0.80);
        Assert.InRange((double)late / attended, 0.08, 0.12);
        Assert.InRange((double)excused / (excused + absent), 0.25, 0.35);
    }

    [Fact]
    public void Simulate_DefaultOptions_SpeakingTimeIsUnequal()
    {
        var session = _cohort.Dataset.Sessions[0];
        var minutes = _cohort.Dataset.Attendance.Where(r => r.Attended).Select(r => r.SpeakingMinutes!.Value).ToArray();
        var perSessionSums = _cohort.Dataset.Attendance.Where(r => r.SessionId == session.Id).Sum(r => r.SpeakingMinutes!.Value);
        var gini = Gini(minutes);
        _output.WriteLine($"Gini of speaking minutes {gini:F3}");

        Assert.InRange(perSessionSums, 59.5, 60.5);
        Assert.InRange(gini, 0.25, 0.6);
        Assert.All(_cohort.Dataset.Attendance.Where(r => !r.Attended), r => Assert.Equal(0, r.Turns));
        Assert.Contains(_cohort.Dataset.Attendance, r => r.Turns > 5);
    }

    [Fact]
    public void Simulate_DefaultOptions_HarmfulIncidentsMoreFrequentInPeerLedGroups()
    {
        var peer = HarmfulPerSession(FacilitationModel.PeerLed);
        var co = HarmfulPerSession(FacilitationModel.CoFacilitated);
        var professional = HarmfulPerSession(FacilitationModel.ProfessionalLed);
        _output.WriteLine($"harmful incidents per session: peer-led {peer:F4}, co-facilitated {co:F4}, professional-led {professional:F4}");

        Assert.True(peer > 1.5 * co, "peer-led groups should have markedly more harmful incidents");
        Assert.True(peer > 1.5 * professional, "peer-led groups should have markedly more harmful incidents");
    }

    [Fact]
    public void Simulate_NoPeerLedHarmMultiplier_HarmfulIncidentRatesAlike()
    {
        var options = new SimulationOptions { Seed = 99, GroupCount = 300, PeerLedHarmMultiplier = 1, HarmfulIncidentRate = 0.1 };
        var dataset = new CohortSimulator(options).Simulate();
        var rate = (FacilitationModel model) =>
        {
            var groups = dataset.GroupHistories.Where(g => g.Group.FacilitationModel == model).ToArray();
            return (double)groups.Sum(g => g.Incidents.Count(i => i.Incident.Kind is IncidentKind.HarmfulAdvice or IncidentKind.BoundaryViolation)) / groups.Sum(g => g.Sessions.Length);
        };

        Assert.InRange(rate(FacilitationModel.PeerLed) / rate(FacilitationModel.CoFacilitated), 0.8, 1.25);
    }

    [Fact]
    public void Simulate_DefaultOptions_IncidentsIncludeCrisisDisclosuresSomeUnattributed()
    {
        var incidents = _cohort.Dataset.Incidents;
        var crisis = incidents.Where(i => i.Kind == IncidentKind.CrisisDisclosure).ToArray();
        var unattributed = incidents.Count(i => i.MemberId is null);

        Assert.NotEmpty(crisis);
        Assert.Contains(crisis, i => i.MemberId is null);
        Assert.Contains(crisis, i => i.MemberId is not null);
        Assert.InRange((double)unattributed / incidents.Length, 0.12, 0.28);
        Assert.Contains(incidents, i => i.Kind == IncidentKind.Conflict);
    }

    [Fact]
    public void Simulate_DefaultOptions_FacilitationPolicyFindsExpiredCredentialsAndGaps()
    {
        var gaps = FacilitationPolicy.Default.CheckDataset(_cohort.Dataset, _cohort.Dataset.LastSessionDate!.Value);
        var kinds = gaps.Select(g => g.Kind).Distinct().ToArray();
        var expiredFacilitators = _cohort.Dataset.Facilitators.Count(f => f.IsCredentialExpiredOn(_cohort.Dataset.LastSessionDate!.Value));
        _output.WriteLine($"facilitators {_cohort.Dataset.Facilitators.Length}, expired by the end {expiredFacilitators}, gap kinds {string.Join(", ", kinds)}");

        Assert.Contains(FacilitationGapKind.ExpiredCredential, kinds);
        Assert.Contains(FacilitationGapKind.ElevatedAcuityWithoutLicensedClinician, kinds);
        Assert.Contains(FacilitationGapKind.NoTrainedFacilitator, kinds);
        Assert.Contains(FacilitationGapKind.IncompleteCoFacilitation, kinds);
        Assert.InRange((double)expiredFacilitators / _cohort.Dataset.Facilitators.Length, 0.05, 0.25);
        Assert.Contains(_cohort.Dataset.Facilitators, f => f.Role == FacilitatorRole.LicensedClinician);
        Assert.Contains(_cohort.Dataset.Facilitators, f => f.Role == FacilitatorRole.CertifiedPeerSpecialist);
        Assert.Contains(_cohort.Dataset.Facilitators, f => f.Credential is null);
    }

    [Fact]
    public void Simulate_DefaultOptions_ReferralsCoverTargetsStatusesAndRules()
    {
        var referrals = _cohort.Dataset.Referrals;
        _output.WriteLine(string.Join(", ", referrals.GroupBy(r => r.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));

        Assert.Equal(Enum.GetValues<ReferralStatus>().Length, referrals.Select(r => r.Status).Distinct().Count());
        Assert.Contains(referrals, r => r.Target == ReferralTarget.CrisisService && r.Priority == RulePriority.Stat);
        Assert.Contains(referrals, r => r.Target == ReferralTarget.PeerOutreach);
        Assert.Contains(referrals, r => r.RuleId == "phq9-item9" && r.Priority == RulePriority.Stat);
        Assert.All(referrals, r => Assert.True(r.Date <= _cohort.Dataset.LastSessionDate));
    }

    [Fact]
    public void Simulate_DefaultOptions_ProgrammeGroupsHaveModulesAndGoalRatings()
    {
        var programmeGroups = _cohort.Dataset.GroupHistories.Where(g => g.Programme is not null).ToArray();

        Assert.InRange((double)programmeGroups.Length / _cohort.Dataset.Groups.Length, 0.3, 0.5);
        Assert.All(programmeGroups, g => Assert.All(g.Sessions, s => Assert.InRange(s.ProgrammeModule!.Value, 1, g.Programme!.ModuleCount)));
        Assert.All(_cohort.Dataset.Goals, r => Assert.NotNull(_cohort.Dataset.GetMember(r.MemberId).Programme));
        Assert.Equal(5, _cohort.Dataset.Goals.Select(r => r.Attainment).Distinct().Count());
        Assert.True(_cohort.Dataset.Goals.Average(r => r.Attainment) > -1, "goals should be attained better than the expected-at-start level on average");
    }

    [Fact]
    public void Simulate_DefaultOptions_ContainsWhatTheDefaultRulesLookFor()
    {
        var dataset = _cohort.Dataset;
        var ruleIds = dataset.Referrals.Select(r => r.RuleId).Distinct().ToHashSet();
        var harmfulBursts = dataset.GroupHistories.Count(g =>
        {
            var dates = g.Incidents.Where(i => i.Incident.Kind is IncidentKind.HarmfulAdvice or IncidentKind.BoundaryViolation).Select(i => i.Date.DayNumber).ToArray();
            return dates.Where((d, i) => i > 0 && d - dates[i - 1] <= 30).Any();
        });

        Assert.Contains(dataset.Assessments, a => a.Instrument == InstrumentId.Who5 && a.Score.Total < 13);
        Assert.True(harmfulBursts > 0, "no group had two harmful incidents within 30 days");
        Assert.Subset(ruleIds, new HashSet<string?> { "phq9-item9", "phq9-severe", "gad7-severe", "k10-very-high", "reliable-deterioration", "crisis-disclosure", "missed-three" });
        Assert.Contains(dataset.Groups, g => g.Acuity == Acuity.Elevated && g.FacilitationModel == FacilitationModel.PeerLed);
    }

    private double HarmfulPerSession(FacilitationModel model)
    {
        var groups = _cohort.Dataset.GroupHistories.Where(g => g.Group.FacilitationModel == model).ToArray();
        var incidents = groups.Sum(g => g.Incidents.Count(i => i.Incident.Kind is IncidentKind.HarmfulAdvice or IncidentKind.BoundaryViolation));
        return (double)incidents / groups.Sum(g => g.Sessions.Length);
    }

    private static double Gini(double[] values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var weighted = 0.0;
        for (var i = 0; i < n; i++)
        {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }

        return weighted / (n * sorted.Sum());
    }
}
