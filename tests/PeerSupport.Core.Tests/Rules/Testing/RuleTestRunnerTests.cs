using PeerSupport.Rules;
using PeerSupport.Rules.Testing;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules.Testing;

public sealed class RuleTestRunnerTests
{
    private static RuleTestCase Case(string name, RuleTestExpectation expected, params (string, object?)[] facts) =>
        new(name, RuleSubject.Member, AsOf, Given(facts), [], expected);

    [Fact]
    public void Run_WrongExpectation_ReportsDifferences()
    {
        var set = RuleTestData.Single("phq9.total >= 10");
        var test = Case("expects nothing", new RuleTestExpectation([], [], ["r"], true), ("phq9.total", 12));

        var report = RuleTestRunner.Run(set, [test]);

        Assert.False(report.Passed);
        Assert.Equal(
            ["unexpected recommendation refer licensed_clinician urgent", "missing unknown r", "needsReview: expected true, got false"],
            report.Results[0].Differences);
        Assert.Contains("FAIL expects nothing", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Coverage_TracksTrueAndFalsePerComparison()
    {
        var set = RuleTestData.Single("phq9.total >= 10 and gad7.total >= 10");
        var fires = Case("fires", new RuleTestExpectation([new(RuleAction.Refer, "licensed_clinician", RulePriority.Urgent)], null, null, null), ("phq9.total", 12), ("gad7.total", 11));
        var quiet = Case("quiet", new RuleTestExpectation([], null, null, null), ("phq9.total", 3), ("gad7.total", 11));

        var report = RuleTestRunner.Run(set, [fires, quiet]);

        Assert.True(report.Passed, report.ToString());
        Assert.Equal(["r", EscalationSettings.RuleId], report.Coverage.Select(c => c.RuleId));
        var coverage = report.Coverage[0];
        Assert.Equal(1, coverage.TimesFired);
        Assert.Equal([new ConditionCoverage("phq9.total >= 10", true, true), new ConditionCoverage("gad7.total >= 10", true, false)], coverage.Conditions);
        Assert.False(coverage.IsComplete);
    }

    [Fact]
    public void Run_EscalationCoverage_EachConfiguredPrioritySeenDueAndNotDue()
    {
        var set = RuleTestData.Single("phq9.total >= 10");
        PriorReferral Prior(int daysAgo, RulePriority priority) => new("p", AsOf.AddDays(-daysAgo), "primary_care", priority, ReferralStatus.Recommended);
        RuleTestCase WithReferral(string name, PriorReferral referral, bool escalates) => new(
            name, RuleSubject.Member, AsOf, Given(), [referral],
            new RuleTestExpectation(escalates ? [new(RuleAction.Review, "clinical_lead", referral.Priority < RulePriority.Urgent ? RulePriority.Urgent : referral.Priority)] : [], null, null, null));

        var report = RuleTestRunner.Run(set, [WithReferral("stat due", Prior(1, RulePriority.Stat), true), WithReferral("stat not yet", Prior(0, RulePriority.Stat), false), WithReferral("urgent due", Prior(7, RulePriority.Urgent), true)]);

        Assert.True(report.Passed, report.ToString());
        var escalation = report.Coverage.Single(c => c.RuleId == EscalationSettings.RuleId);
        Assert.Equal(2, escalation.TimesFired);
        Assert.Equal(
            [new ConditionCoverage("stat open ≥ 1d", true, true), new ConditionCoverage("asap open ≥ 3d", false, false), new ConditionCoverage("urgent open ≥ 7d", true, false)],
            escalation.Conditions);
        Assert.False(escalation.IsComplete);
    }

    [Fact]
    public void Run_RuleError_IsReportedAsFailure()
    {
        var set = RuleTestData.Single("phq9.total >= 10");
        var test = Case("bad data", new RuleTestExpectation([], null, null, null), ("phq9.total", "high"));

        var result = Assert.Single(RuleTestRunner.Run(set, [test]).Results);

        Assert.False(result.Passed);
        Assert.Contains(result.Differences, d => d.StartsWith("rule 'r' failed:", StringComparison.Ordinal));
    }
}
