using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.GroupHealth;
using PeerSupport.Analytics.Tests.Engagement;
using PeerSupport.Facilitation;

namespace PeerSupport.Analytics.Tests.GroupHealth;

public sealed class GroupHealthAnalyzerTests
{
    private const double Tolerance = 1e-12;

    // Hand-computed component values of HealthTestData as of 2026-02-09.
    private const double Attendance = 10.0 / 15;
    private const double Retention = 2.0 / 3;
    private const double Equity = (1 + 0.5 + 0.5) / 3;
    private const double IncidentRate = 20;
    private const double Compliance = 5.0 / 6;
    private const double NetImprovement = 0.5;
    private const double FollowThrough = 0.5;

    /// <summary>k = 1 and small minimums, so every component of the four-member test group is shown and scored.</summary>
    internal static GroupHealthOptions SmallGroupOptions() => new()
    {
        MinimumCellSize = 1,
        MinimumSessions = 2,
        MinimumRetentionMembers = 1,
        MinimumMemberSessions = 1,
        MinimumOutcomePairs = 2,
        MinimumReferrals = 1,
        RetentionHorizonDays = 28,
    };

    private static GroupHealthReport Report(GroupHealthOptions? options = null)
        => new GroupHealthAnalyzer(options ?? SmallGroupOptions()).AnalyzeGroup(HealthTestData.Dataset(), HealthTestData.One, HealthTestData.AsOf);

    private static HealthIndexComponent Component(GroupHealthReport report, HealthComponentKind kind) => report.Index.Components.Single(c => c.Kind == kind);

    [Fact]
    public void AnalyzeGroup_Attendance_MatchesHandComputation()
    {
        var attendance = Report().Attendance;

        // Expected member-sessions: Alpha 5 (one excused), Bravo 6, Charlie 3, Echo 1 = 15; attended 4 + 5 + 1 + 0 = 10.
        Assert.Equal(6, attendance.Weeks);

        // Alpha, Bravo and Echo are members on 2026-02-09; Charlie left on 2026-02-03.
        Assert.Equal(3, Report().ActiveMembers.Value.Value);
        Assert.Equal(Attendance, attendance.Rate.Value.Value, Tolerance);
        Assert.Equal(4, attendance.Rate.MemberCount);

        // Weekly rates 1, 1, 2/3, 1/2, 2/3, 1/3: S = −11, Var S = (6·5·17 − 2·(2·1·9))/18 = 79/3, Z = −10/√(79/3).
        Assert.Equal(AttendanceTrend.NoClearTrend, attendance.Trend);
        Assert.Equal(0.051330137700318995, attendance.TrendP.Value, 1e-9);
        Assert.Equal(-2.0 / 15, attendance.TrendSlopePerWeek.Value, 1e-12);
    }

    [Fact]
    public void AnalyzeGroup_Retention_KaplanMeierOfDropout()
    {
        var retention = Report().Retention;

        // Follow-up days: Alpha 35 and Bravo 35 (censored), Charlie 15 (dropped out), Echo 0 (censored).
        Assert.Equal(4, retention.Members.Value.Value);
        Assert.Equal(1, retention.Dropouts.Value.Value);
        Assert.Equal(35, retention.LongestFollowUpDays);
        Assert.Equal(Retention, retention.RetainedAtHorizon.Value.Value, Tolerance);
        var step = Assert.Single(retention.Curve);
        Assert.Equal(15, step.Day);
        Assert.Equal(3, step.AtRisk);
        Assert.Equal(Retention, step.Retained, Tolerance);
        Assert.False(retention.IsCurveTruncated);
    }

    [Fact]
    public void AnalyzeGroup_OtherLeavingReason_IsCensoredNotDropout()
    {
        var builder = HealthTestData.Builder();
        var dataset = builder.Build().GetValueOrThrow().ToBuilder();
        var completed = new PeerSupport.Domain.Member(PeerSupport.Domain.MemberId.Create("MEM-GOLF"), HealthTestData.One, HealthTestData.Start, new DateOnly(2026, 1, 12), PeerSupport.Domain.LeavingReason.Completed);
        dataset.AddMember(completed);

        var retention = new GroupHealthAnalyzer(SmallGroupOptions()).AnalyzeGroup(dataset.Build().GetValueOrThrow(), HealthTestData.One, HealthTestData.AsOf).Retention;

        Assert.Equal(1, retention.Dropouts.Value.Value);

        // Times 0c, 7c, 15e, 35c, 35c: at 15 three are at risk, so survival is still 2/3.
        Assert.Equal(Retention, retention.RetainedAtHorizon.Value.Value, Tolerance);
    }

    [Fact]
    public void AnalyzeGroup_EquitySafetyCompliance_MatchHandComputation()
    {
        var report = Report();

        // Sessions with ≥ 2 recorded speakers: 1 (10, 10) → 1; 2 (5, 15) and 5 (15, 5) → 1 − 2·0.25 = 0.5.
        Assert.Equal(3, report.Equity.SessionsMeasured);
        Assert.Equal(Equity, report.Equity.Equity.Value.Value, Tolerance);
        Assert.Equal(2, report.Equity.Equity.MemberCount);

        Assert.Equal(2, report.Safety.Incidents.Value.Value);
        Assert.Equal(1, report.Safety.HighSeverityIncidents.Value.Value);
        Assert.Equal(10, report.Safety.AttendedMemberSessions.Value.Value);
        Assert.Equal(3, report.Safety.AttendedMemberSessions.MemberCount);
        Assert.Equal(IncidentRate, report.Safety.RatePer100MemberSessions.Value.Value, Tolerance);

        Assert.Equal(6, report.Facilitation.SessionsChecked);
        Assert.Equal(1, report.Facilitation.SessionsWithGaps);
        Assert.Equal(Compliance, report.Facilitation.Compliance.Value, Tolerance);
        Assert.Equal([new GapCount(FacilitationGapKind.NoFacilitator, 1)], report.Facilitation.Gaps);
    }

    [Fact]
    public void AnalyzeGroup_Outcomes_JacobsonTruaxAndTalkingTherapies()
    {
        var outcomes = Report().Outcomes;

        // Alpha 15 → 6 (RCI −9/2.345, ends below c = 7.905: recovered); Bravo 12 → 11 (unchanged); Charlie attended once: left out.
        Assert.Equal(2, outcomes.Members.Value.Value);
        Assert.Equal(1, outcomes.Recovered.Value.Value);
        Assert.Equal(1, outcomes.Unchanged.Value.Value);
        Assert.True(outcomes.Improved.IsSuppressed, "a count of 0 describes fewer than k = 1 members");
        Assert.Equal(NetImprovement, outcomes.NetReliableImprovement.Value.Value, Tolerance);
        Assert.Equal(-5, outcomes.MeanChange.Value.Value, Tolerance);
        Assert.Equal(-5 / Math.Sqrt(32), outcomes.EffectSizeDz.Value.Value, 1e-12);

        // Only Alpha has a GAD-7 (12 → 5): a case at the start, recovered, reliably improved and reliably recovered.
        Assert.Equal(1, outcomes.TalkingTherapiesMembers.Value.Value);
        Assert.Equal(1, outcomes.CasesAtStart.Value.Value);
        Assert.Equal(1, outcomes.RecoveryRate.Value.Value);
        Assert.Equal(1, outcomes.ReliablyImproved.Value.Value);
        Assert.Equal(1, outcomes.ReliablyRecovered.Value.Value);
    }

    [Fact]
    public void AnalyzeGroup_Referrals_CountMadeReferralsUpToAsOf()
    {
        var referrals = Report().Referrals;

        // REF-1 completed, REF-2 declined; REF-3 only recommended, REF-4 dated after the as-of date.
        Assert.Equal(2, referrals.ReferralsMade.Value.Value);
        Assert.Equal(FollowThrough, referrals.FollowThrough.Value.Value, Tolerance);
        Assert.Equal(2, referrals.FollowThrough.MemberCount);
    }

    [Fact]
    public void AnalyzeGroup_AllComponentsScored_IndexIsWeightedSumOfScores()
    {
        var index = Report().Index;

        var expected = 100 * ((0.20 * (Attendance / 0.75)) + (0.20 * (Retention / 0.80)) + (0.10 * (Equity / 0.70))
            + (0.15 * (2.0 / IncidentRate)) + (0.15 * Compliance) + (0.15 * 1) + (0.05 * (FollowThrough / 0.80)));
        Assert.Equal(expected, index.Value.Value, 1e-9);
        Assert.Equal(1, index.Coverage, Tolerance);
        Assert.Equal(IndexConfidence.High, index.Confidence);
        Assert.All(index.Components, c => Assert.Equal(ComponentStatus.Scored, c.Status));
        Assert.Equal(index.Value.Value, index.Components.Sum(c => c.Contribution), 1e-9);
        Assert.Contains("every weighted component was scored", index.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeGroup_EachComponent_ExplainsValueTargetScoreAndContribution()
    {
        var index = Report().Index;

        var safety = Component(Report(), HealthComponentKind.Safety);
        Assert.True(safety.LowerIsBetter);
        Assert.Equal(0.1, safety.Score.Value, Tolerance);
        Assert.Equal(100 * 0.15 * 0.1, safety.Contribution, 1e-9);
        Assert.Equal("The incident rate was 20 per 100 member-sessions against a target of at most 2 per 100 member-sessions, scoring 0.10 and contributing 1.5 of its 15.0 possible points.", safety.Explanation);

        var outcomes = Component(Report(), HealthComponentKind.Outcomes);
        Assert.Equal(1, outcomes.Score.Value);
        Assert.Equal("Net reliable improvement was 50 % against a target of 30 %, scoring 1.00 and contributing 15.0 of its 15.0 possible points.", outcomes.Explanation);

        foreach (var component in index.Components)
        {
            // Every contribution can be recomputed from the component alone.
            Assert.Equal(100 * component.EffectiveWeight * component.Score.Value, component.Contribution, 1e-9);
            Assert.Equal(component.Weight, component.EffectiveWeight, Tolerance);
        }
    }

    [Fact]
    public void AnalyzeGroup_TooLittleData_MarksComponentsAndReweights()
    {
        var options = SmallGroupOptions();
        options.MinimumOutcomePairs = 3;
        options.MinimumReferrals = 5;

        var index = Report(options).Index;

        var outcomes = Component(Report(options), HealthComponentKind.Outcomes);
        Assert.Equal(ComponentStatus.InsufficientData, outcomes.Status);
        Assert.Equal(0, outcomes.Contribution);
        Assert.Equal(0, outcomes.EffectiveWeight);
        Assert.Equal(0.5, outcomes.Value.Value, Tolerance);
        Assert.Contains("only 2 member(s) with a PHQ-9 before and after, fewer than the minimum of 3", outcomes.Explanation, StringComparison.Ordinal);
        Assert.Equal(ComponentStatus.InsufficientData, Component(Report(options), HealthComponentKind.ReferralFollowThrough).Status);

        // The scored weight is 1 − 0.15 − 0.05 = 0.8, so each scored weight is divided by 0.8.
        var expected = 100 * ((0.20 * (Attendance / 0.75)) + (0.20 * (Retention / 0.80)) + (0.10 * (Equity / 0.70))
            + (0.15 * (2.0 / IncidentRate)) + (0.15 * Compliance)) / 0.8;
        Assert.Equal(expected, index.Value.Value, 1e-9);
        Assert.Equal(0.8, index.Coverage, 1e-12);
        Assert.Equal(IndexConfidence.Moderate, index.Confidence);
        Assert.Equal(0.20 / 0.8, Component(Report(options), HealthComponentKind.Attendance).EffectiveWeight, 1e-12);
        Assert.Contains("net reliable improvement (too little data)", index.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeGroup_RetentionHorizonNotReached_IsInsufficient()
    {
        var options = SmallGroupOptions();
        options.RetentionHorizonDays = 84;

        var retention = Component(Report(options), HealthComponentKind.Retention);

        Assert.Equal(ComponentStatus.InsufficientData, retention.Status);
        Assert.Contains("84-day horizon", retention.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeGroup_ZeroWeight_ExcludedAndNotCountedInCoverage()
    {
        var options = SmallGroupOptions();
        options.SafetyWeight = 0;

        var index = Report(options).Index;

        Assert.Equal(ComponentStatus.Excluded, index.Components.Single(c => c.Kind == HealthComponentKind.Safety).Status);
        Assert.Equal(1, index.Coverage, Tolerance);
        Assert.Equal(index.Value.Value, index.Components.Sum(c => c.Contribution), 1e-9);
    }

    [Fact]
    public void AnalyzeGroup_DefaultK_SuppressesEveryMemberCellOfAFourMemberGroup()
    {
        var options = SmallGroupOptions();
        options.MinimumCellSize = 5;

        var report = Report(options);

        Assert.True(report.Attendance.Rate.IsSuppressed);
        Assert.Null(report.Attendance.Rate.MemberCount);
        Assert.Equal(AttendanceTrend.NotAssessed, report.Attendance.Trend);
        Assert.True(report.Retention.Members.IsSuppressed);
        Assert.Empty(report.Retention.Curve);
        Assert.True(report.Outcomes.Recovered.IsSuppressed);
        Assert.True(report.Referrals.FollowThrough.IsSuppressed);
        Assert.True(report.Referrals.ReferralsMade.IsSuppressed);
        Assert.True(report.Safety.Incidents.IsSuppressed);

        // Only facilitation compliance (sessions, not members) could be scored, and the group has fewer than k members:
        // the index is not published, and no contribution adds up to it.
        var index = report.Index;
        Assert.False(index.Value.IsDefined);
        Assert.Equal("not published: the group has fewer than 5 members", index.Value.UndefinedReason);
        Assert.Equal(0.15, index.Coverage, 1e-12);
        Assert.Equal(IndexConfidence.None, index.Confidence);
        Assert.All(index.Components, c => Assert.Equal(0, c.Contribution));
        Assert.Equal(ComponentStatus.Scored, Component(report, HealthComponentKind.Facilitation).Status);
        Assert.Equal(ComponentStatus.Suppressed, Component(report, HealthComponentKind.Attendance).Status);
        Assert.False(Component(report, HealthComponentKind.Attendance).Value.IsDefined);
        Assert.Contains("fewer than 5 members", Component(report, HealthComponentKind.Attendance).Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void AnalyzeGroup_RetentionMembersAtKMinusOneAndK_ShownOnlyFromK(int k, bool suppressed)
    {
        var options = SmallGroupOptions();
        options.MinimumCellSize = k;

        var retention = Report(options).Retention;

        // Four members are followed.
        Assert.Equal(suppressed, retention.Members.IsSuppressed);
        Assert.Equal(suppressed, retention.RetainedAtHorizon.IsSuppressed);
    }

    [Fact]
    public void AnalyzeGroup_CurveRowsWithFewerThanKAtRisk_AreTruncated()
    {
        var options = SmallGroupOptions();
        options.MinimumCellSize = 4;

        var retention = Report(options).Retention;

        // The only dropout step has 3 members at risk.
        Assert.Empty(retention.Curve);
        Assert.True(retention.IsCurveTruncated);
    }

    [Fact]
    public void AnalyzeGroup_DataDatedAfterAsOf_ChangesNothing()
    {
        var builder = HealthTestData.Builder();
        var later = PeerSupport.Domain.SessionId.Create("SES-LATER");
        builder.AddSession(new PeerSupport.Domain.GroupSession(later, HealthTestData.One, new DateOnly(2026, 2, 16)));
        builder.AddAttendance(new PeerSupport.Domain.AttendanceRecord(later, HealthTestData.Alpha, PeerSupport.Domain.AttendanceStatus.Absent));
        builder.AddIncident(new PeerSupport.Domain.Incident(PeerSupport.Domain.IncidentId.Create("INC-LATER"), later, PeerSupport.Domain.IncidentKind.Conflict));
        builder.AddAssessment(new PeerSupport.Domain.Assessment(HealthTestData.Bravo, PeerSupport.Instruments.InstrumentId.Phq9, new DateOnly(2026, 2, 16), total: 27));

        var withLaterData = new GroupHealthAnalyzer(SmallGroupOptions()).AnalyzeGroup(builder.Build().GetValueOrThrow(), HealthTestData.One, HealthTestData.AsOf);
        var original = Report();

        Assert.Equal(original.Index.Value, withLaterData.Index.Value);
        Assert.Equal(original.Index.Components, withLaterData.Index.Components);
        Assert.Equal(original.Outcomes, withLaterData.Outcomes);
        Assert.Equal(original.Safety, withLaterData.Safety);
    }

    [Fact]
    public void AnalyzeGroup_AsOfBeforeFirstSession_IndexUndefined()
    {
        var report = new GroupHealthAnalyzer(SmallGroupOptions()).AnalyzeGroup(HealthTestData.Dataset(), HealthTestData.One, new DateOnly(2025, 12, 1));

        Assert.False(report.Index.Value.IsDefined);
        Assert.Equal(IndexConfidence.None, report.Index.Confidence);
        Assert.Equal(0, report.Index.Coverage);
        Assert.StartsWith("Group Health Index not published: no component could be scored", report.Index.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.8, true)]
    [InlineData(0.85, false)]
    public void AnalyzeGroup_CoverageAgainstPublicationShare_PublishedOnlyFromTheShare(double share, bool published)
    {
        // Outcomes and referrals have too little data: the scored components carry 80 % of the weight.
        var options = SmallGroupOptions();
        options.MinimumOutcomePairs = 3;
        options.MinimumReferrals = 5;
        options.MinimumPublishedCoverage = share;

        var index = Report(options).Index;

        Assert.Equal(published, index.Value.IsDefined);
        if (!published)
        {
            Assert.Equal("not published: the scored components carry 80 % of the weight, less than the 85 % required (not scored: net reliable improvement (too little data), referral follow-through (too little data))", index.Value.UndefinedReason);
            Assert.Equal(0, index.Components.Sum(c => c.Contribution));
        }
    }

    [Fact]
    public void AnalyzeGroup_PublishedIndex_HasADeterministicBootstrapIntervalAroundIt()
    {
        var first = Report().Index;
        var second = Report().Index;

        Assert.True(first.Interval.IsDefined);
        Assert.Equal(first.Interval, second.Interval);
        Assert.Equal(0.95, first.Interval.Level);
        Assert.InRange(first.Value.Value, first.Interval.Lower.Value - 1e-9, first.Interval.Upper.Value + 1e-9);
        Assert.True(first.Interval.Upper.Value > first.Interval.Lower.Value, "four members with different histories must give some spread");
        Assert.InRange(first.Interval.Lower.Value, 0, 100);
        Assert.InRange(first.Interval.Upper.Value, 0, 100);
    }

    [Fact]
    public void AnalyzeGroup_UnpublishedIndex_HasNoInterval()
    {
        var options = SmallGroupOptions();
        options.MinimumCellSize = 5;

        Assert.False(Report(options).Index.Interval.IsDefined);
    }

    [Fact]
    public void Options_PublicationShareOutsideRange_Rejected()
    {
        var options = SmallGroupOptions();
        options.MinimumPublishedCoverage = 0;
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));
        options.MinimumPublishedCoverage = 1.01;
        Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));
    }

    [Fact]
    public void AnalyzeGroup_PublishedIndex_NamesWhatDrivesItAndWhatHoldsItBack()
    {
        var index = Report().Index;

        // Attendance and retention carry the most points; the incident rate (score 0.1) loses 13.5 of its 15.
        Assert.Contains("Most of it comes from", index.Explanation, StringComparison.Ordinal);
        Assert.Contains("the incident rate loses the most (13.5 points)", index.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_Dataset_PooledReportEqualsSingleGroupForOneGroup()
    {
        var result = new GroupHealthAnalyzer(SmallGroupOptions()).Analyze(HealthTestData.Dataset(), HealthTestData.AsOf);

        var group = Assert.Single(result.Groups);
        Assert.Null(result.Overall.GroupId);
        Assert.Equal(HealthTestData.One, group.GroupId);
        Assert.Equal(PeerSupport.Domain.FacilitationModel.PeerLed, group.FacilitationModel);
        Assert.Equal(group.Index.Value, result.Overall.Index.Value);
    }

    [Fact]
    public void AnalyzeGroup_UnknownGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => new GroupHealthAnalyzer().AnalyzeGroup(HealthTestData.Dataset(), PeerSupport.Domain.GroupId.Create("G-NONE"), HealthTestData.AsOf));
    }

    [Theory]
    [InlineData(nameof(GroupHealthOptions.MinimumCellSize), 0)]
    [InlineData(nameof(GroupHealthOptions.MinimumCellSize), 1001)]
    [InlineData(nameof(GroupHealthOptions.RetentionHorizonDays), 0)]
    [InlineData(nameof(GroupHealthOptions.MinimumSessions), 1)]
    [InlineData(nameof(GroupHealthOptions.MinimumOutcomePairs), 1)]
    [InlineData(nameof(GroupHealthOptions.MinimumReferrals), 0)]
    public void Constructor_IntegerSettingOutOfRange_ThrowsNamingIt(string name, int value)
    {
        var options = new GroupHealthOptions();
        typeof(GroupHealthOptions).GetProperty(name)!.SetValue(options, value);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));

        Assert.Equal(name, error.ParamName);
        Assert.Contains($"GroupHealthOptions.{name} must be between", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(GroupHealthOptions.AttendanceTarget), 0)]
    [InlineData(nameof(GroupHealthOptions.AttendanceTarget), 1.5)]
    [InlineData(nameof(GroupHealthOptions.IncidentRateTarget), -1)]
    [InlineData(nameof(GroupHealthOptions.OutcomesWeight), -0.1)]
    [InlineData(nameof(GroupHealthOptions.ReferralWeight), double.NaN)]
    public void Constructor_RealSettingOutOfRange_ThrowsNamingIt(string name, double value)
    {
        var options = new GroupHealthOptions();
        typeof(GroupHealthOptions).GetProperty(name)!.SetValue(options, value);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new GroupHealthAnalyzer(options));

        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Constructor_NullPolicy_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new GroupHealthAnalyzer(new GroupHealthOptions { FacilitationPolicy = null! }));
    }

    [Theory]
    [InlineData(0.0, IndexConfidence.None)]
    [InlineData(0.59, IndexConfidence.Low)]
    [InlineData(0.6, IndexConfidence.Moderate)]
    [InlineData(0.849, IndexConfidence.Moderate)]
    [InlineData(0.85, IndexConfidence.High)]
    [InlineData(1.0, IndexConfidence.High)]
    public void ConfidenceOf_CoverageBands(double coverage, IndexConfidence expected)
    {
        Assert.Equal(expected, GroupHealthAnalyzer.ConfidenceOf(coverage));
    }

    [Theory]
    [InlineData(0.6, 0.75, false, 0.8)]
    [InlineData(0.9, 0.75, false, 1.0)]
    [InlineData(-0.2, 0.3, false, 0.0)]
    [InlineData(4, 2, true, 0.5)]
    [InlineData(1, 2, true, 1.0)]
    [InlineData(0, 2, true, 1.0)]
    public void ScoreAgainstTarget_HigherAndLowerIsBetter(double value, double target, bool lowerIsBetter, double expected)
    {
        Assert.Equal(expected, GroupHealthAnalyzer.ScoreAgainstTarget(value, target, lowerIsBetter), 1e-12);
    }

    [Property(MaxTest = 40)]
    public Property Analyze_RandomGroupsAndWeights_IndexInRangeAndContributionsSum(int seed, byte w1, byte w2, byte w3, byte w4)
    {
        var options = new GroupHealthOptions
        {
            MinimumCellSize = 1 + (seed & 3),
            AttendanceWeight = w1 % 11,
            RetentionWeight = w2 % 11,
            EquityWeight = w3 % 11,
            SafetyWeight = w4 % 11,
            FacilitationWeight = 1,
            MinimumSessions = 2,
            RetentionHorizonDays = 7,
        };
        var report = new GroupHealthAnalyzer(options).Analyze(EngagementAnalyzerTests.RandomGroup(seed), new DateOnly(2026, 3, 30)).Overall;
        var index = report.Index;
        var sum = index.Components.Sum(c => c.Contribution);
        var equityOk = !report.Equity.Equity.Value.IsDefined || report.Equity.Equity.Value.Value is >= 0 and <= 1;
        var indexOk = index.Value.IsDefined
            ? index.Value.Value is >= 0 and <= 100 && Math.Abs(sum - index.Value.Value) < 1e-9
            : sum == 0;
        var weightsOk = index.Components.Where(c => c.Status == ComponentStatus.Scored).Sum(c => c.EffectiveWeight) is var total && (total == 0 || Math.Abs(total - 1) < 1e-12);
        return (equityOk && indexOk && weightsOk && index.Coverage is >= 0 and <= 1).ToProperty();
    }
}
