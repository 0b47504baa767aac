using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Facts;
using static PeerSupport.Core.Tests.Rules.Facts.RuleDatasets;

namespace PeerSupport.Core.Tests.Rules.Facts;

public sealed class DatasetEvaluationTests
{
    private static readonly ReferralEngine s_engine = DefaultRulePack.CreateEngine();

    private static Decision MemberDecision(RuleDatasets data, string member = "M1", DecisionOptions options = DecisionOptions.Explain) =>
        s_engine.Evaluate(data.Build(), AsOf, options).Single(d => d.Subject.Kind == RuleSubject.Member && d.Subject.Id == member);

    private static Decision GroupDecision(RuleDatasets data) =>
        s_engine.Evaluate(data.Build(), AsOf, DecisionOptions.Explain).Single(d => d.Subject.Kind == RuleSubject.Group);

    [Fact]
    public void PositiveItem9_GivesStatWithExplanation()
    {
        var data = new RuleDatasets();
        data.Phq9(3, "M1", Items(item9: 2));

        var decision = MemberDecision(data);

        var recommendation = Assert.Single(decision.Recommendations);
        Assert.Equal((RuleAction.Refer, "licensed_clinician", RulePriority.Stat), (recommendation.Action, recommendation.Target, recommendation.Priority));
        Assert.Equal("phq9.item9 = 2 ≥ 1 ✔", decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Comparisons.Single().ToString());
        Assert.Equal("G-1", decision.Subject.GroupId);
    }

    [Fact]
    public void BlankItem9_IsMissingAndNeedsReview_NoFallbackToOlderPhq9()
    {
        var data = new RuleDatasets();
        data.Phq9(20, "M1", Items(item9: 3));
        data.Phq9(2, "M1", Items(item9: 0) is var items ? [.. items[..8], null] : null!);

        var decision = MemberDecision(data);

        Assert.True(decision.NeedsReview);
        Assert.Equal(["phq9.item9"], decision.Unknowns.Single(u => u.RuleId == "phq9-item9").Missing);
        Assert.DoesNotContain(decision.Recommendations, r => r.Priority == RulePriority.Stat);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public void AssessmentWindow_ThirtyDaysBackIsInside(int daysAgo, bool visible)
    {
        var data = new RuleDatasets();
        data.Phq9(daysAgo, "M1", Items(item9: 1));

        var decision = MemberDecision(data);

        Assert.Equal(visible, decision.Recommendations.Any(r => r.RuleIds.Contains("phq9-item9")));
        Assert.Equal(visible ? RuleResult.True : RuleResult.NotApplicable, decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Result);
    }

    [Fact]
    public void FutureAssessment_IsInvisible()
    {
        var data = new RuleDatasets();
        data.Phq9(-1, "M1", Items(item9: 3));

        Assert.Empty(MemberDecision(data).Recommendations);
    }

    [Theory]
    [InlineData(new[] { AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Excused, AttendanceStatus.Absent }, false)]
    [InlineData(new[] { AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Excused, AttendanceStatus.Absent, AttendanceStatus.Absent }, true)]
    [InlineData(new[] { AttendanceStatus.Absent, AttendanceStatus.Absent, AttendanceStatus.Late, AttendanceStatus.Absent }, false)]
    public void MissedThree_ExcusedNeitherBreaksNorExtends(AttendanceStatus[] statuses, bool outreach)
    {
        var data = new RuleDatasets();
        for (var i = 0; i < statuses.Length; i++)
        {
            data.Attend(data.Session(7 * (statuses.Length - 1 - i)), statuses[i]);
        }

        var decision = MemberDecision(data);

        Assert.Equal(outreach, decision.Recommendations.Any(r => r.Action == RuleAction.Outreach));
    }

    [Fact]
    public void MissingAttendanceRow_CountsAsAbsent()
    {
        var data = new RuleDatasets();
        data.Attend(data.Session(21), AttendanceStatus.Absent);
        data.Session(14);
        data.Attend(data.Session(0), AttendanceStatus.Absent);

        Assert.Contains(MemberDecision(data).Recommendations, r => r.Action == RuleAction.Outreach);
    }

    [Theory]
    [InlineData(7, true)]
    [InlineData(8, false)]
    public void CrisisDisclosure_SevenDayWindowBySessionDate(int daysAgo, bool fires)
    {
        var data = new RuleDatasets();
        var session = data.Session(daysAgo);
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-1"), session, IncidentKind.CrisisDisclosure, M("M1")));

        Assert.Equal(fires, MemberDecision(data).Recommendations.Any(r => r.Target == "crisis_service"));
    }

    [Fact]
    public void UnattributedCrisis_ReviewsGroupNotMember()
    {
        var data = new RuleDatasets();
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-1"), data.Session(2), IncidentKind.CrisisDisclosure));

        Assert.Contains(GroupDecision(data).Recommendations, r => r.Target == "crisis_followup" && r.Priority == RulePriority.Stat);
        Assert.DoesNotContain(MemberDecision(data).Recommendations, r => r.Target == "crisis_service");
    }

    [Theory]
    [InlineData(29, 1, true)]
    [InlineData(30, 1, true)]
    [InlineData(31, 1, false)]
    public void HarmfulInfluence_ThirtyDayWindow(int olderDaysAgo, int newerDaysAgo, bool fires)
    {
        var data = new RuleDatasets();
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-1"), data.Session(olderDaysAgo), IncidentKind.HarmfulAdvice));
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-2"), data.Session(newerDaysAgo), IncidentKind.BoundaryViolation));

        Assert.Equal(fires, GroupDecision(data).Recommendations.Any(r => r.Target == "clinical_cofacilitation"));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void Facilitation_ClinicianCredentialValidThroughExpiryDate(int expiredDaysBeforeSession, bool gap)
    {
        var data = new RuleDatasets();
        var sessionDate = AsOf.AddDays(-5);
        data.Builder.AddFacilitator(new Facilitator(FacilitatorId.Create("F-LCSW"), FacilitatorRole.LicensedClinician, new Credential("LCSW", FacilitatorRole.LicensedClinician, sessionDate.AddDays(-expiredDaysBeforeSession))));
        data.Session(5, "F-PEER", "F-LCSW");

        var decision = GroupDecision(data);

        Assert.Equal(gap, decision.Recommendations.Any(r => r.Target == "facilitation_policy" && r.Priority == RulePriority.Urgent));
        Assert.Equal(gap, decision.Recommendations.Any(r => r.RuleIds.Contains("credential-expired")));
    }

    [Fact]
    public void Facilitation_StandardAcuityGroupWithoutClinician_IsFine()
    {
        var data = new RuleDatasets(Acuity.Standard);
        data.Session(3);

        Assert.Empty(GroupDecision(data).Recommendations);
    }

    [Fact]
    public void Cooldown_FromDatasetReferral_Suppresses()
    {
        var data = new RuleDatasets();
        data.Assessment(InstrumentId.Gad7, 1, 18);
        data.Builder.AddReferral(new Referral(ReferralId.Create("R-1"), M("M1"), AsOf.AddDays(-14), ReferralTarget.LicensedClinician, RulePriority.Urgent, ReferralStatus.Made));

        var decision = MemberDecision(data);

        Assert.Empty(decision.Recommendations);
        Assert.Equal("R-1", Assert.Single(decision.Suppressed).SuppressedBy.ReferralId);
    }

    [Fact]
    public void LowWellbeing_UnscorablePhq9InWindowCountsAsScreened()
    {
        var data = new RuleDatasets();
        data.Assessment(InstrumentId.Who5, 1, 8);
        data.Phq9(10, "M1", [1, null, null, 1, 1, 1, 1, 1, 0]);

        Assert.DoesNotContain(MemberDecision(data).Recommendations, r => r.Action == RuleAction.Screen);
    }

    [Fact]
    public void LowWellbeing_WithoutPhq9_AsksForScreening()
    {
        var data = new RuleDatasets();
        data.Assessment(InstrumentId.Who5, 1, 8);
        data.Phq9(40, "M1", Items(item9: 0));

        Assert.Contains(MemberDecision(data).Recommendations, r => r.Action == RuleAction.Screen && r.Target == "phq9");
    }

    [Fact]
    public void ActiveSubjects_JoinLeaveAndProtectedException()
    {
        var data = new RuleDatasets();
        data.Builder.AddMember(new Member(M("FUTURE"), G, AsOf.AddDays(1)));
        data.Builder.AddMember(new Member(M("LEFT-TODAY"), G, AsOf.AddDays(-60), AsOf, LeavingReason.Completed));
        data.Builder.AddMember(new Member(M("LEFT-RECENT"), G, AsOf.AddDays(-60), AsOf.AddDays(-14), LeavingReason.DroppedOut));
        data.Builder.AddMember(new Member(M("LEFT-LONG"), G, AsOf.AddDays(-60), AsOf.AddDays(-15), LeavingReason.DroppedOut));

        var decisions = s_engine.Evaluate(data.Build(), AsOf);

        var members = decisions.Where(d => d.Subject.Kind == RuleSubject.Member).ToDictionary(d => d.Subject.Id);
        Assert.Equal(["LEFT-RECENT", "LEFT-TODAY", "M1"], members.Keys.Order(StringComparer.Ordinal));
        Assert.False(members["LEFT-TODAY"].ProtectedRulesOnly);
        Assert.True(members["LEFT-RECENT"].ProtectedRulesOnly);
        Assert.Single(decisions, d => d.Subject.Kind == RuleSubject.Group);
    }

    [Fact]
    public void RecentlyLeftMember_CrisisBeforeLeaving_IsNotLost()
    {
        var data = new RuleDatasets();
        data.Builder.AddMember(new Member(M("M2"), G, AsOf.AddDays(-60), AsOf.AddDays(-3), LeavingReason.DroppedOut));
        data.Phq9(4, "M2", Items(item9: 3, others: 3));

        var decision = MemberDecision(data, "M2");

        Assert.True(decision.ProtectedRulesOnly);
        Assert.Equal(["phq9-item9"], Assert.Single(decision.Recommendations).RuleIds);
    }

    [Fact]
    public void Change_OneAssessmentIsZero_TwoGivesDifference()
    {
        var data = new RuleDatasets();
        data.Phq9(60, "M1", Items(item9: 0, others: 1));
        data.Phq9(2, "M1", Items(item9: 0, others: 2));

        var decision = MemberDecision(data, options: DecisionOptions.Explain | DecisionOptions.RecordInputs);

        Assert.Equal(FactValue.FromNumber(8), decision.Inputs!["phq9.change"]);
        Assert.Contains(decision.Recommendations, r => r.RuleIds.Contains("reliable-deterioration"));
    }

    [Fact]
    public void NotImproving_CountsSessionsAttendedAfterBaseline()
    {
        var data = new RuleDatasets();
        data.Phq9(50, "M1", Items(item9: 0, others: 2));
        for (var i = 0; i < 6; i++)
        {
            data.Attend(data.Session(42 - (7 * i)), AttendanceStatus.Present);
        }

        data.Phq9(1, "M1", Items(item9: 0, others: 2));

        Assert.Contains(MemberDecision(data).Recommendations, r => r.RuleIds.Contains("not-improving"));
    }

    [Fact]
    public void HostFact_RegisteredInSchemaAndProvider_IsEvaluated()
    {
        var schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema.WithFact(PeerSupport.Rules.Language.FactDefinition.Boolean("host.onWaitlist", PeerSupport.Rules.Language.FactSubjects.Member, "Member is on the clinic waitlist."));
        var set = RuleSetCompiler.Compile(
            new RuleSetBuilder("host", "1.0.0").AddRules(DefaultRulePack.RuleSet.Model)
                .AddRule("waitlist", r => r.Titled("On the waitlist").When("host.onWaitlist").Refer("primary_care", RulePriority.Routine)).Build(),
            new RuleSetCompileOptions { Schema = schema });
        Assert.True(set.Succeeded, set.ToString());
        var engine = new ReferralEngine(set.GetValueOrThrow(), new ReferralEngineOptions { Schema = schema });
        var host = HostFacts.None.WithMemberFact("host.onWaitlist", (member, asOf, request) => FactValue.FromBoolean(member.Member.Id.Value == "M1"));

        var withProvider = engine.Evaluate(new RuleDatasets().Build(), AsOf, DecisionOptions.None, host).Single(d => d.Subject.Id == "M1");
        var withoutProvider = engine.Evaluate(new RuleDatasets().Build(), AsOf).Single(d => d.Subject.Id == "M1");

        Assert.Contains(withProvider.Recommendations, r => r.Target == "primary_care");
        Assert.True(withoutProvider.NeedsReview);
        Assert.Contains("no member fact provider for 'host.onWaitlist'", Assert.Single(withoutProvider.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalOnlyPhq9_ItemFactsMissing_ProtectedRuleNeedsReview()
    {
        var data = new RuleDatasets();
        data.Assessment(InstrumentId.Phq9, 2, 21);

        var decision = MemberDecision(data);

        Assert.True(decision.NeedsReview);
        Assert.Contains(decision.Unknowns, u => u.RuleId == "phq9-item9" && u.Missing.SequenceEqual(["phq9.item9"]));
        Assert.Contains(decision.Recommendations, r => r.RuleIds.Contains("phq9-severe"));
    }

    [Fact]
    public void SameDateAssessments_LatestIsTheLaterInDatasetOrder()
    {
        var data = new RuleDatasets();
        data.Phq9(3, "M1", Items(item9: 2));
        data.Phq9(3, "M1", Items(item9: 0));

        var decision = MemberDecision(data);

        Assert.Equal(RuleResult.False, decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Result);
    }
}
