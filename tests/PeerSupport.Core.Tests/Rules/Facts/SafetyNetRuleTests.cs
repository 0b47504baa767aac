using PeerSupport.Domain;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using static PeerSupport.Core.Tests.Rules.Facts.RuleDatasets;

namespace PeerSupport.Core.Tests.Rules.Facts;

/// <summary>rescreen-overdue and baseline-missing on datasets, at their boundaries.</summary>
public sealed class SafetyNetRuleTests
{
    private static readonly ReferralEngine s_engine = DefaultRulePack.CreateEngine();

    private static Decision MemberDecision(RuleDatasets data, string member = "M1") =>
        s_engine.Evaluate(data.Build(), AsOf).Single(d => d.Subject.Kind == RuleSubject.Member && d.Subject.Id == member);

    private static Recommendation? Screen(Decision decision) =>
        decision.Recommendations.SingleOrDefault(r => r.Action == RuleAction.Screen && r.Target == "phq9");

    private static int?[] Phq9Items(int item9, int each = 1) => [each, each, each, each, each, each, each, each, item9];

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void RescreenOverdue_PositiveItem9_FifteenDaysWithoutPhq9(int daysAgo, bool overdue)
    {
        var data = new RuleDatasets();
        data.Phq9(daysAgo, "M1", Phq9Items(item9: 1));

        var decision = MemberDecision(data);

        // Inside the 30-day assessment window phq9-item9 still refers stat; the rescreen comes on top from day 15.
        Assert.Contains(decision.Recommendations, r => r.Priority == RulePriority.Stat && r.RuleIds.Contains("phq9-item9"));
        var screen = Screen(decision);
        Assert.Equal(overdue, screen is not null);
        if (overdue)
        {
            Assert.Equal(RulePriority.Urgent, screen!.Priority);
            Assert.Equal(["rescreen-overdue"], screen.RuleIds);
        }
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, false)]
    [InlineData(15, true)]
    public void RescreenOverdue_SevereTotal_FifteenDaysWithoutPhq9(int daysAgo, bool overdue)
    {
        var data = new RuleDatasets();
        data.Phq9(daysAgo, "M1", Phq9Items(item9: 0, each: 3)); // total 24, item 9 = 0

        Assert.Equal(overdue, Screen(MemberDecision(data)) is not null);
    }

    [Fact]
    public void RescreenOverdue_PositiveItem9OutsideTheWindow_IsNotForgotten_ReasonNamesDateAndValue()
    {
        // The case: item 9 = 1, total 22, 45 days ago; the window (30 days) no longer sees it.
        var data = new RuleDatasets();
        data.Phq9(45, "M1", [3, 3, 3, 3, 3, 2, 2, 2, 1]);

        var decision = MemberDecision(data);

        var screen = Assert.Single(decision.Recommendations);
        Assert.Equal((RuleAction.Screen, "phq9", RulePriority.Urgent), (screen.Action, screen.Target, screen.Priority));
        var reason = Assert.Single(screen.Reasons);
        Assert.EndsWith(": last one on 2026-01-16 (45 days ago): item 9 = 1, total = 22", reason, StringComparison.Ordinal);
        Assert.Equal(AsOf.AddDays(-45), new DateOnly(2026, 1, 16));
    }

    [Fact]
    public void RescreenOverdue_ANegativePhq9AfterThePositiveOne_Clears()
    {
        var data = new RuleDatasets();
        data.Phq9(60, "M1", Phq9Items(item9: 2));
        data.Phq9(20, "M1", Phq9Items(item9: 0));

        var decision = MemberDecision(data);

        Assert.Null(Screen(decision));
        Assert.False(decision.NeedsReview);
    }

    [Fact]
    public void RescreenOverdue_BlankItem9OnAnOldLastPhq9_NeedsReviewNotSilence()
    {
        var data = new RuleDatasets();
        data.Phq9(60, "M1", Phq9Items(item9: 3));
        data.Phq9(40, "M1", [1, 1, 1, 1, 1, 1, 1, 1, null]);

        var decision = MemberDecision(data);

        Assert.True(decision.NeedsReview);
        var unknown = Assert.Single(decision.Unknowns, u => u.RuleId == "rescreen-overdue");
        Assert.Equal(["phq9.lastItem9", "phq9.lastTotal"], unknown.Missing);
    }

    [Fact]
    public void RescreenOverdue_TotalOnlyLastPhq9_SevereFires_OtherwiseNeedsReview()
    {
        var severe = new RuleDatasets();
        severe.Assessment(InstrumentId.Phq9, 40, 21);
        Assert.Equal(RulePriority.Urgent, Screen(MemberDecision(severe))!.Priority);

        var moderate = new RuleDatasets();
        moderate.Assessment(InstrumentId.Phq9, 40, 12);
        var decision = MemberDecision(moderate);
        Assert.Null(Screen(decision));
        Assert.True(decision.NeedsReview);
        Assert.Contains(decision.Unknowns, u => u.RuleId == "rescreen-overdue" && u.Missing.SequenceEqual(["phq9.lastItem9"]));
    }

    [Fact]
    public void RescreenOverdue_IsEvaluatedForAMemberWhoLeftWithinTheCooldown()
    {
        var data = new RuleDatasets();
        data.Builder.AddMember(new Member(M("M2"), G, AsOf.AddDays(-120), AsOf.AddDays(-5)));
        data.Phq9(40, "M2", Phq9Items(item9: 1));

        var decision = MemberDecision(data, "M2");

        Assert.True(decision.ProtectedRulesOnly);
        Assert.NotNull(Screen(decision));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(2, true)]
    public void BaselineMissing_TwoSessionsAttendedWithoutPhq9(int attended, bool screen)
    {
        var data = new RuleDatasets();
        for (var i = 0; i < 3; i++)
        {
            data.Attend(data.Session(21 - (7 * i)), i < attended ? AttendanceStatus.Present : AttendanceStatus.Excused);
        }

        var decision = MemberDecision(data);

        var recommendation = Screen(decision);
        Assert.Equal(screen, recommendation is not null);
        if (screen)
        {
            Assert.Equal((RulePriority.Routine, "baseline-missing"), (recommendation!.Priority, recommendation.RuleIds.Single()));
        }
    }

    [Fact]
    public void BaselineMissing_UnscorableFirstPhq9_IsNoBaseline_AScorableOneIs()
    {
        var unscorable = new RuleDatasets();
        unscorable.Attend(unscorable.Session(14), AttendanceStatus.Present).Attend(unscorable.Session(7), AttendanceStatus.Late);
        unscorable.Phq9(100, "M1", [null, null, null, 1, 1, 1, 1, 1, 0]);
        Assert.Contains("baseline-missing", Screen(MemberDecision(unscorable))!.RuleIds);

        var scorable = new RuleDatasets();
        scorable.Attend(scorable.Session(14), AttendanceStatus.Present).Attend(scorable.Session(7), AttendanceStatus.Present);
        scorable.Phq9(100, "M1", Phq9Items(item9: 0));
        Assert.Null(Screen(MemberDecision(scorable)));
    }
}
