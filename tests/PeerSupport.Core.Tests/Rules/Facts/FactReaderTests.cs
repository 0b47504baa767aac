using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Facts;
using static PeerSupport.Core.Tests.Rules.Facts.RuleDatasets;

namespace PeerSupport.Core.Tests.Rules.Facts;

/// <summary>Every vocabulary fact read from a small dataset, through a rule set that reads them all.</summary>
public sealed class FactReaderTests
{
    private static readonly string[] s_memberFacts =
    [
        "phq9.total", "phq9.item9", "phq9.baseline", "phq9.previous", "phq9.change", "phq9.severity = 'mild'", "phq9.daysSince", "phq9.count",
        "phq9.countInWindow", "phq9.attendedSinceBaseline", "gad7.total", "attendance.consecutiveAbsences", "attendance.rate", "attendance.attended",
        "attendance.daysSinceLast", "membership.days", "group.acuity = 'elevated'", "group.facilitationModel = 'co_facilitated'", "program.progress",
        "goals.tscore", "referral.open('licensed_clinician')", "referral.daysSinceLast('licensed_clinician')", "referral.open('crisis_service')",
        "count(incidents.conflict, 30d)",
    ];

    private static readonly string[] s_groupFacts =
    [
        "count(incidents.conflict, 30d)", "count(incidents.crisis_disclosure_unattributed, 7d)", "sessions.withoutLicensedClinician(30d)",
        "sessions.held(30d)", "sessions.held(7d)", "facilitators.expiredCredentials(30d)", "attendance.rate", "members.active",
        "group.acuity = 'elevated'",
    ];

    private static FactSet Inputs(RuleSubject subject)
    {
        var data = new RuleDatasets();
        data.Builder.AddMember(new Member(M("M2"), G, AsOf.AddDays(-10)));
        data.Phq9(40, "M1", Items(item9: 0, others: 1));
        data.Phq9(20, "M1", Items(item9: 0, others: 2));
        data.Phq9(5, "M1", Items(item9: 1, others: 0));
        data.Assessment(InstrumentId.Gad7, 45, 12);
        var s1 = data.Session(21);
        var s2 = data.Session(14);
        var s3 = data.Session(7);
        var s4 = data.Session(0);
        data.Attend(s1, AttendanceStatus.Present).Attend(s2, AttendanceStatus.Late).Attend(s3, AttendanceStatus.Absent).Attend(s4, AttendanceStatus.Excused);
        data.Attend(s3, AttendanceStatus.Present, "M2").Attend(s4, AttendanceStatus.Present, "M2");
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-1"), s3, IncidentKind.Conflict, M("M1")));
        data.Builder.AddIncident(new Incident(IncidentId.Create("I-2"), s2, IncidentKind.Conflict));
        data.Builder.AddReferral(new Referral(ReferralId.Create("R-1"), M("M1"), AsOf.AddDays(-9), ReferralTarget.LicensedClinician, RulePriority.Routine, ReferralStatus.Accepted));
        data.Builder.AddReferral(new Referral(ReferralId.Create("R-2"), M("M1"), AsOf.AddDays(-3), ReferralTarget.CrisisService, RulePriority.Stat, ReferralStatus.Completed));
        data.Builder.AddGoalRating(new GoalRating(M("M1"), GoalId.Create("goal-1"), 1, AsOf.AddDays(-2)));

        var facts = subject == RuleSubject.Member ? s_memberFacts : s_groupFacts;
        var builder = new RuleSetBuilder("all", "1.0.0");
        for (var i = 0; i < facts.Length; i++)
        {
            var text = facts[i].Contains('=', StringComparison.Ordinal) || facts[i].StartsWith("referral.open", StringComparison.Ordinal) ? facts[i] : "has(" + facts[i] + ")";
            builder.AddRule("f" + i, r =>
            {
                r.Titled("reads " + text).When(text).Review("facilitation_policy", RulePriority.Routine);
                if (subject == RuleSubject.Group)
                {
                    r.ForGroup();
                }
            });
        }

        var set = RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] });
        Assert.True(set.Succeeded, set.ToString());
        var engine = new ReferralEngine(set.GetValueOrThrow(), new ReferralEngineOptions { ProtectedRuleIds = [] });
        var decision = engine.Evaluate(data.Build(), AsOf, DecisionOptions.RecordInputs)
            .Single(d => d.Subject.Kind == subject && (subject == RuleSubject.Group || d.Subject.Id == "M1"));
        Assert.Empty(decision.Errors);
        return decision.Inputs!;
    }

    [Theory]
    [InlineData("phq9.total", 1.0)]
    [InlineData("phq9.item9", 1.0)]
    [InlineData("phq9.baseline", 8.0)]
    [InlineData("phq9.previous", 16.0)]
    [InlineData("phq9.change", -7.0)]
    [InlineData("phq9.daysSince", 5.0)]
    [InlineData("phq9.count", 3.0)]
    [InlineData("phq9.countInWindow", 2.0)]
    [InlineData("phq9.attendedSinceBaseline", 2.0)]
    [InlineData("attendance.consecutiveAbsences", 1.0)]
    [InlineData("attendance.rate", 2.0 / 3)]
    [InlineData("attendance.attended", 2.0)]
    [InlineData("attendance.daysSinceLast", 14.0)]
    [InlineData("membership.days", 120.0)]
    [InlineData("referral.daysSinceLast('licensed_clinician')", 9.0)]
    [InlineData("count(incidents.conflict, 30d)", 1.0)]
    public void MemberFacts_HaveExpectedValues(string key, double expected) =>
        Assert.Equal(FactValue.FromNumber(expected), Inputs(RuleSubject.Member)[key]);

    [Fact]
    public void MemberFacts_TextBooleanAndAbsentValues()
    {
        var inputs = Inputs(RuleSubject.Member);

        Assert.Equal(FactValue.FromText("minimal"), inputs["phq9.severity"]);
        Assert.Equal(FactValue.FromText("elevated"), inputs["group.acuity"]);
        Assert.Equal(FactValue.FromText("co_facilitated"), inputs["group.facilitationModel"]);
        Assert.Equal(FactValue.FromBoolean(true), inputs["referral.open('licensed_clinician')"]);
        Assert.Equal(FactValue.FromBoolean(false), inputs["referral.open('crisis_service')"]);
        Assert.Equal(FactValue.Absent, inputs["gad7.total"]);
        Assert.Equal(FactValue.Absent, inputs["program.progress"]);
        Assert.Equal(FactValueKind.Number, inputs["goals.tscore"].Kind);
    }

    [Theory]
    [InlineData("count(incidents.conflict, 30d)", 2.0)]
    [InlineData("count(incidents.crisis_disclosure_unattributed, 7d)", 0.0)]
    [InlineData("sessions.withoutLicensedClinician(30d)", 4.0)]
    [InlineData("sessions.held(30d)", 4.0)]
    [InlineData("sessions.held(7d)", 2.0)]
    [InlineData("facilitators.expiredCredentials(30d)", 0.0)]
    [InlineData("members.active", 2.0)]
    [InlineData("attendance.rate", 4.0 / 5)]
    public void GroupFacts_HaveExpectedValues(string key, double expected) =>
        Assert.Equal(FactValue.FromNumber(expected), Inputs(RuleSubject.Group)[key]);
}
