using PeerSupport.Datasets;
using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using static PeerSupport.Core.Tests.SampleData;

namespace PeerSupport.Core.Tests.Datasets;

public sealed class DatasetBuilderTests
{
    [Fact]
    public void Build_ValidRecords_IndexesMemberHistoryInDateOrder()
    {
        var dataset = Dataset();
        var n01 = dataset.GetMember(M("N01"));
        Assert.Equal(["N-S1", "N-S2", "N-S3", "N-S4"], n01.Attendance.Select(a => a.Session.Id.Value));
        Assert.Equal(
            [AttendanceStatus.Present, AttendanceStatus.Absent, AttendanceStatus.Excused, AttendanceStatus.Late],
            n01.Attendance.Select(a => a.Status));
        Assert.Equal([Start, Start.AddDays(21)], n01.AssessmentsOf(InstrumentId.Phq9).Select(a => a.Date));
        Assert.Equal(17, n01.AssessmentsOf(InstrumentId.Phq9)[0].Score.Total);
        Assert.Single(n01.Referrals);
        Assert.Equal(2, n01.AttendanceAsOf(Start.AddDays(7)).Length);
        Assert.Single(n01.AssessmentsOf(InstrumentId.Phq9, Start.AddDays(20)).ToArray());
    }

    [Fact]
    public void Build_MissingAttendanceRow_IsImplicitAbsenceWithWarning()
    {
        var result = Builder().Build();
        var n02 = result.GetValueOrThrow().GetMember(M("N02"));
        var last = n02.Attendance[^1];
        Assert.True(last.IsImplicitAbsence);
        Assert.Equal(AttendanceStatus.Absent, last.Status);
        var warning = Assert.Single(result.Warnings, w => w.Code == "missing-attendance");
        Assert.Contains("'N02'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'N-S4'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MembershipPeriod_LimitsAttendanceEntries()
    {
        var dataset = Dataset();
        Assert.Equal(["N-S2", "N-S3", "N-S4"], dataset.GetMember(M("N02")).Attendance.Select(a => a.Session.Id.Value));
        Assert.Equal(["N-S1", "N-S2", "N-S3"], dataset.GetMember(M("N03")).Attendance.Select(a => a.Session.Id.Value));
    }

    [Fact]
    public void Build_GroupHistory_OrdersSessionsAndKeepsIncidentsAndFacilitators()
    {
        var north = Dataset().GetGroup(North);
        Assert.Equal(["N-S1", "N-S2", "N-S3", "N-S4"], north.Sessions.Select(s => s.Id.Value));
        Assert.Equal("I-1", Assert.Single(north.Incidents).Incident.Id.Value);
        Assert.Equal(Start.AddDays(7), north.Incidents[0].Date);
        Assert.Equal("F-PEER", Assert.Single(north.Facilitators).Id.Value);
        Assert.Equal(3, north.AttendanceAt(S("N-S2")).Length);
        Assert.Equal(2, north.ActiveMemberCountOn(Start));
        Assert.Equal(3, north.ActiveMemberCountOn(Start.AddDays(14)));
        Assert.Equal(2, north.ActiveMemberCountOn(Start.AddDays(15)));
        Assert.Equal(2, north.SessionsAsOf(Start.AddDays(7)).Length);
    }

    [Fact]
    public void Build_ProgrammeProgress_CountsModulesOfAttendedSessions()
    {
        var dataset = Dataset();
        var h02 = dataset.GetMember(M("H02")).ProgressAsOf(Start.AddDays(30))!;
        Assert.Equal([1, 3], h02.ModulesCovered.ToArray());
        Assert.Equal(0.5, h02.Fraction);
        Assert.Null(dataset.GetMember(M("N01")).ProgressAsOf(Start.AddDays(30)));
        Assert.Equal([1], dataset.GetMember(M("H01")).ProgressAsOf(Start.AddDays(2))!.ModulesCovered.ToArray());
    }

    [Fact]
    public void Build_LatestGoals_TakesLastRatingPerGoal()
    {
        var h01 = Dataset().GetMember(M("H01"));
        Assert.Equal([1, 0], h01.LatestGoalsAsOf(Start.AddDays(30)).Select(g => g.Attainment));
        Assert.Equal([-1], h01.LatestGoalsAsOf(Start.AddDays(3)).Select(g => g.Attainment));
    }

    [Fact]
    public void Build_LastSessionDate_IsTheLatestSession()
        => Assert.Equal(Start.AddDays(21), Dataset().LastSessionDate);

    [Fact]
    public void Build_ScoresTotalOnlyAssessments()
    {
        var k10 = Assert.Single(Dataset().GetMember(M("H01")).AssessmentsOf(InstrumentId.K10));
        Assert.Equal(31, k10.Score.Total);
        Assert.True(k10.Score.IsTotalOnly);
    }

    [Fact]
    public void Build_ManyProblems_ReportsEveryOneAndReturnsNoDataset()
    {
        var at = new RecordLocation("attendance.csv", 7, new Dictionary<string, int> { ["session_id"] = 1, ["member_id"] = 2, ["status"] = 3 });
        var builder = Builder();
        builder.AddGroup(new PeerGroup(North, "duplicate", FacilitationModel.PeerLed), new RecordLocation("groups.csv", 4, new Dictionary<string, int> { ["group_id"] = 1 }));
        builder.AddMember(new Member(M("X01"), GroupId.Create("G-NOWHERE"), Start));
        builder.AddSession(new GroupSession(S("N-S9"), North, Start.AddDays(70), [FacilitatorId.Create("F-GHOST")]));
        builder.AddAttendance(new AttendanceRecord(S("N-S404"), M("N01"), AttendanceStatus.Present), at);
        builder.AddAttendance(new AttendanceRecord(S("N-S4"), M("N03"), AttendanceStatus.Present));
        builder.AddAttendance(new AttendanceRecord(S("H-S1"), M("N01"), AttendanceStatus.Present));
        builder.AddAttendance(new AttendanceRecord(S("N-S1"), M("N01"), AttendanceStatus.Present));
        builder.AddIncident(new Incident(IncidentId.Create("I-9"), S("N-S1"), IncidentKind.Conflict, M("H01")));
        builder.AddReferral(new Referral(ReferralId.Create("R-9"), M("GHOST"), Start, ReferralTarget.PrimaryCare, RulePriority.Routine));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Phq9, Start, [4, 0, 0, 0, 0, 0, 0, 0, 0]));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Phq9, Start, [1, 1, 1, 1, 1, 1, 1, 1, 1], 10));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Create("XYZ-1"), Start, total: 3));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Gad7, Start, total: 22));
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Phq9, Start, [1, 1, 1, 1, 1, 1, 1, 1, null], 8));
        builder.AddGoalRating(new GoalRating(M("H01"), GoalId.Create("GL-1"), 2, Start.AddDays(16)));
        builder.AddProblem(new Problem(ProblemSeverity.Error, "bad-date", "'2026-13-01' is not a date (yyyy-MM-dd)", "sessions.csv", line: 3, column: 3, field: "date"));

        var result = builder.Build();

        Assert.False(result.Succeeded);
        Assert.Null(result.Dataset);
        var errors = result.Errors.ToList();
        string[] expected =
        [
            "bad-date", "duplicate-id", "dangling-reference", "outside-membership", "wrong-group", "out-of-range",
            "total-mismatch", "unknown-instrument",
        ];
        foreach (var code in expected)
        {
            Assert.Contains(errors, e => e.Code == code);
        }

        Assert.Contains(errors, e => e.Message.Contains("duplicate group id 'G-NORTH'", StringComparison.Ordinal) && e.Line == 4 && e.Column == 1);
        Assert.Contains(errors, e => e.Message.Contains("'G-NOWHERE'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'F-GHOST'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'N-S404'", StringComparison.Ordinal) && e.ToString().StartsWith("attendance.csv:7:1: error:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == "duplicate-id" && e.Message.Contains("more than one attendance row", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("'GHOST'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "item_1");
        Assert.Contains(errors, e => e.Message.Contains("total 10 disagrees with the items, which give 9", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("total 8 is given but the items' total cannot be computed", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("GAD-7 total must be 0–21, was 22", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("rated twice", StringComparison.Ordinal));
        Assert.True(errors.Count >= 15, string.Join(Environment.NewLine, errors));
        var thrown = Assert.Throws<DatasetValidationException>(result.GetValueOrThrow);
        Assert.Equal(result.Problems, thrown.Problems);
    }

    [Fact]
    public void Build_AbsentRowOutsideMembership_IsIgnoredWithWarning()
    {
        var builder = Builder();
        builder.AddAttendance(new AttendanceRecord(S("N-S4"), M("N03"), AttendanceStatus.Absent));
        var result = builder.Build();
        Assert.True(result.Succeeded);
        Assert.Contains(result.Warnings, w => w.Code == "outside-membership");
        Assert.Equal(3, result.GetValueOrThrow().GetMember(M("N03")).Attendance.Length);
    }

    [Fact]
    public void Build_ExtraItemBeyondInstrument_IsAnError()
    {
        var builder = Builder();
        builder.AddAssessment(new Assessment(M("N01"), InstrumentId.Gad7, Start, [0, 0, 0, 0, 0, 0, 0, 1]));
        var error = Assert.Single(builder.Build().Errors);
        Assert.Equal("item_8", error.Field);
        Assert.Contains("GAD-7 has 7 items", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_RebuildsAnEqualDataset()
    {
        var dataset = Dataset();
        var rebuilt = dataset.ToBuilder().Build().GetValueOrThrow();
        Assert.Equal(PeerSupport.Serialization.DatasetJson.Serialize(dataset), PeerSupport.Serialization.DatasetJson.Serialize(rebuilt));
    }

    [Fact]
    public void GetMember_Unknown_ThrowsKeyNotFound()
    {
        var dataset = Dataset();
        Assert.Throws<KeyNotFoundException>(() => dataset.GetMember(M("nobody")));
        Assert.False(dataset.TryGetGroup(GroupId.Create("nope"), out _));
        Assert.True(dataset.TryGetFacilitator(FacilitatorId.Create("F-LCSW"), out _));
        Assert.True(dataset.TryGetSession(S("H-S3"), out _));
    }
}
