using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Engagement;
using PeerSupport.Analytics.Tests.GroupHealth;
using PeerSupport.Datasets;
using PeerSupport.Domain;

namespace PeerSupport.Analytics.Tests.Engagement;

public sealed class EngagementAnalyzerTests
{
    private const double Tolerance = 1e-12;

    private static MemberEngagement Of(EngagementReport report, MemberId id) => report.Members.Single(m => m.MemberId == id);

    [Fact]
    public void Analyze_HandComputedGroup_OnlyMembersJoinedByAsOf()
    {
        var report = new EngagementAnalyzer().Analyze(HealthTestData.Dataset(), HealthTestData.AsOf);

        Assert.Equal(HealthTestData.AsOf, report.AsOf);
        Assert.Equal([HealthTestData.Alpha, HealthTestData.Bravo, HealthTestData.Charlie, HealthTestData.Echo], report.Members.Select(m => m.MemberId).Order().ToArray());
    }

    [Fact]
    public void Analyze_MemberWithExcusedSessionAndRecentLateArrival_MatchesHandComputation()
    {
        var alpha = Of(new EngagementAnalyzer().Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Alpha);

        // Six sessions, one excused: 5 expected, attended 1, 2, 5 and 6 (late counts as attended).
        Assert.Equal(5, alpha.SessionsExpected);
        Assert.Equal(4, alpha.SessionsAttended);
        Assert.Equal(1, alpha.SessionsExcused);
        Assert.Equal(0.8, alpha.AttendanceRate.Value, Tolerance);

        // Back from session 6: attended 6 and 5, session 4 excused is skipped, session 3 absent ends the streak.
        Assert.Equal(2, alpha.CurrentAttendanceStreak);
        Assert.Equal(0, alpha.CurrentAbsenceStreak);
        Assert.Equal(HealthTestData.Week(5), alpha.LastAttendedOn);
        Assert.Equal(0, alpha.DaysSinceLastAttended);
        Assert.True(alpha.IsActive);

        // Sessions 1, 2, 5, 6: own 10+5+15+6 = 36 of 20+20+20+6 = 66 recorded; equal split 10+10+10+6 = 36.
        Assert.Equal(36, alpha.SpeakingMinutes, Tolerance);
        Assert.Equal(36.0 / 66, alpha.ParticipationShare.Value, Tolerance);
        Assert.Equal(1.0, alpha.ParticipationRatio.Value, Tolerance);
        Assert.Equal(1.0, alpha.Recency, Tolerance);
        Assert.Equal(0.5, alpha.Streak, Tolerance);

        // 100 × (0.5·0.8 + 0.2·1 + 0.15·0.5 + 0.15·1) / 1.
        Assert.Equal(82.5, alpha.Score.Value, 1e-9);
    }

    [Fact]
    public void Analyze_MemberWhoMissedTheLastSession_HasAbsenceStreakAndPartialRecency()
    {
        var bravo = Of(new EngagementAnalyzer().Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Bravo);

        Assert.Equal(6, bravo.SessionsExpected);
        Assert.Equal(5, bravo.SessionsAttended);
        Assert.Equal(0, bravo.CurrentAttendanceStreak);
        Assert.Equal(1, bravo.CurrentAbsenceStreak);
        Assert.Equal(7, bravo.DaysSinceLastAttended);
        Assert.Equal(0.75, bravo.Recency, Tolerance);
        Assert.Equal(50.0 / 80, bravo.ParticipationShare.Value, Tolerance);
        Assert.Equal(100 * ((0.5 * 5 / 6) + (0.2 * 0.75) + 0.15), bravo.Score.Value, 1e-9);
    }

    [Fact]
    public void Analyze_MemberWithoutRecordedMinutes_ReweightsWithoutParticipation()
    {
        var charlie = Of(new EngagementAnalyzer().Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Charlie);

        // Inside the membership (to 2026-02-03): sessions 3 (present), 4 (no row: implicit absence), 5 (absent).
        Assert.Equal(3, charlie.SessionsExpected);
        Assert.Equal(1, charlie.SessionsAttended);
        Assert.Equal(2, charlie.CurrentAbsenceStreak);
        Assert.Equal(21, charlie.DaysSinceLastAttended);
        Assert.False(charlie.IsActive);
        Assert.False(charlie.ParticipationShare.IsDefined);
        Assert.Contains("no speaking time", charlie.ParticipationShare.UndefinedReason, StringComparison.Ordinal);
        Assert.False(charlie.Participation.IsDefined);

        // 100 × (0.5·(1/3) + 0.2·0.25 + 0.15·0) / 0.85.
        Assert.Equal(100 * ((0.5 / 3) + (0.2 * 0.25)) / 0.85, charlie.Score.Value, 1e-9);
    }

    [Fact]
    public void Analyze_MemberWhoNeverAttended_ScoresZeroWithNoLastAttendance()
    {
        var echo = Of(new EngagementAnalyzer().Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Echo);

        Assert.Equal(1, echo.SessionsExpected);
        Assert.Equal(0, echo.SessionsAttended);
        Assert.Null(echo.LastAttendedOn);
        Assert.Null(echo.DaysSinceLastAttended);
        Assert.Equal(0, echo.Recency);
        Assert.Equal(0, echo.Score.Value);
    }

    [Fact]
    public void AnalyzeMember_NoSessionExpectedYet_ScoreUndefinedWithReason()
    {
        var dataset = HealthTestData.Builder()
            .AddMember(new Member(MemberId.Create("MEM-FOXTROT"), HealthTestData.One, new DateOnly(2026, 2, 10)))
            .Build().GetValueOrThrow();

        var foxtrot = new EngagementAnalyzer().AnalyzeMember(dataset, MemberId.Create("MEM-FOXTROT"), new DateOnly(2026, 2, 12));

        Assert.Equal(0, foxtrot.SessionsExpected);
        Assert.False(foxtrot.AttendanceRate.IsDefined);
        Assert.False(foxtrot.Score.IsDefined);
        Assert.Contains("no session was expected", foxtrot.Score.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeMember_EarlierAsOf_IgnoresLaterSessions()
    {
        var alpha = new EngagementAnalyzer().AnalyzeMember(HealthTestData.Dataset(), HealthTestData.Alpha, HealthTestData.Week(2));

        Assert.Equal(3, alpha.SessionsExpected);
        Assert.Equal(2, alpha.SessionsAttended);
        Assert.Equal(1, alpha.CurrentAbsenceStreak);
    }

    [Fact]
    public void AnalyzeMember_JoinedAfterAsOf_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new EngagementAnalyzer().AnalyzeMember(HealthTestData.Dataset(), HealthTestData.Delta, HealthTestData.AsOf));

        Assert.Contains("after the as-of date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeMember_UnknownMember_Throws()
    {
        Assert.Throws<ArgumentException>(() => new EngagementAnalyzer().AnalyzeMember(HealthTestData.Dataset(), MemberId.Create("MEM-NOBODY"), HealthTestData.AsOf));
    }

    [Fact]
    public void Analyze_NullDataset_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new EngagementAnalyzer().Analyze(null!, HealthTestData.AsOf));
    }

    [Fact]
    public void Analyze_CustomWeights_ChangeScoreAsDocumented()
    {
        var options = new EngagementOptions { AttendanceWeight = 1, RecencyWeight = 0, StreakWeight = 0, ParticipationWeight = 0 };

        var alpha = Of(new EngagementAnalyzer(options).Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Alpha);

        Assert.Equal(80, alpha.Score.Value, 1e-9);
    }

    [Theory]
    [InlineData(nameof(EngagementOptions.AttendanceWeight), 0)]
    [InlineData(nameof(EngagementOptions.AttendanceWeight), -1)]
    [InlineData(nameof(EngagementOptions.RecencyWeight), double.NaN)]
    [InlineData(nameof(EngagementOptions.StreakWeight), 101)]
    [InlineData(nameof(EngagementOptions.ParticipationWeight), double.PositiveInfinity)]
    public void Constructor_InvalidWeight_ThrowsNamingTheSetting(string name, double value)
    {
        var options = new EngagementOptions();
        typeof(EngagementOptions).GetProperty(name)!.SetValue(options, value);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new EngagementAnalyzer(options));

        Assert.Equal(name, error.ParamName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3651, 4)]
    [InlineData(28, 0)]
    [InlineData(28, 1001)]
    public void Constructor_InvalidHorizonOrStreakTarget_Throws(int horizon, int streak)
    {
        var options = new EngagementOptions { RecencyHorizonDays = horizon, StreakTarget = streak };

        Assert.Throws<ArgumentOutOfRangeException>(() => new EngagementAnalyzer(options));
    }

    [Fact]
    public void Constructor_OptionsChangedLater_DoesNotAffectAnalyzer()
    {
        var options = new EngagementOptions();
        var analyzer = new EngagementAnalyzer(options);
        options.AttendanceWeight = 1;
        options.RecencyWeight = 0;

        Assert.Equal(82.5, Of(analyzer.Analyze(HealthTestData.Dataset(), HealthTestData.AsOf), HealthTestData.Alpha).Score.Value, 1e-9);
    }

    [Property(MaxTest = 60)]
    public Property Analyze_RandomAttendance_ScoresAndSharesInRange(int seed)
    {
        var dataset = RandomGroup(seed);
        var report = new EngagementAnalyzer().Analyze(dataset, new DateOnly(2026, 3, 30));
        return report.Members.All(m =>
                (!m.Score.IsDefined || m.Score.Value is >= 0 and <= 100)
                && (!m.ParticipationShare.IsDefined || m.ParticipationShare.Value is >= 0 and <= 1)
                && m.SessionsAttended <= m.SessionsExpected
                && (m.CurrentAttendanceStreak == 0 || m.CurrentAbsenceStreak == 0))
            .ToProperty();
    }

    [Property(MaxTest = 40)]
    public Property Analyze_RandomAttendance_ScoreIsTheDocumentedWeightedMean(int seed)
    {
        var report = new EngagementAnalyzer().Analyze(RandomGroup(seed), new DateOnly(2026, 3, 30));
        return report.Members.All(m =>
        {
            if (!m.AttendanceRate.IsDefined)
            {
                return !m.Score.IsDefined;
            }

            var sum = (0.5 * m.AttendanceRate.Value) + (0.2 * m.Recency) + (0.15 * m.Streak);
            var weights = 0.85;
            if (m.Participation.IsDefined)
            {
                sum += 0.15 * m.Participation.Value;
                weights += 0.15;
            }

            return Math.Abs(m.Score.Value - (100 * sum / weights)) < 1e-9;
        }).ToProperty();
    }

    /// <summary>One group of 6 members over 12 weekly sessions with random statuses and speaking minutes.</summary>
    internal static PeerSupportDataset RandomGroup(int seed)
    {
        var random = new Random(seed);
        var builder = new DatasetBuilder();
        var group = GroupId.Create("G-RANDOM");
        builder.AddGroup(new PeerGroup(group, "Random", FacilitationModel.PeerLed));
        var statuses = Enum.GetValues<AttendanceStatus>();
        for (var m = 0; m < 6; m++)
        {
            builder.AddMember(new Member(MemberId.Create($"MEM-R{m}"), group, new DateOnly(2026, 1, 5)));
        }

        for (var s = 0; s < 12; s++)
        {
            var session = SessionId.Create($"SES-R{s}");
            builder.AddSession(new GroupSession(session, group, new DateOnly(2026, 1, 5).AddDays(7 * s)));
            for (var m = 0; m < 6; m++)
            {
                var status = statuses[random.Next(statuses.Length)];
                double? minutes = status is AttendanceStatus.Present or AttendanceStatus.Late && random.Next(4) > 0 ? random.Next(0, 30) : null;
                builder.AddAttendance(new AttendanceRecord(session, MemberId.Create($"MEM-R{m}"), status, minutes));
            }
        }

        return builder.Build().GetValueOrThrow();
    }
}
