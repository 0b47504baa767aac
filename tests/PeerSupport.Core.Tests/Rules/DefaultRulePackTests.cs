using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Testing;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

public sealed class DefaultRulePackTests
{
    private static readonly CompiledRuleSet s_pack = DefaultRulePack.RuleSet;

    private static Decision Member(FactSet facts, params PriorReferral[] referrals) =>
        s_pack.Decide(RuleTestData.Member, AsOf, facts, referrals, DecisionOptions.Explain);

    [Fact]
    public void Pack_HasTheRulesOfRulesMd()
    {
        string[] ids =
        [
            "phq9-item9", "crisis-disclosure", "rescreen-overdue", "phq9-severe", "gad7-severe", "k10-very-high", "reliable-deterioration", "not-improving",
            "missed-three", "low-wellbeing-unscreened", "baseline-missing", "harmful-influence", "facilitation-gap", "credential-expired", "crisis-unattributed",
        ];

        Assert.Equal(ids, s_pack.Model.Rules.Select(r => r.Id));
        Assert.Equal(["phq9-item9", "crisis-disclosure", "rescreen-overdue", "crisis-unattributed"], s_pack.Model.Rules.Where(r => r.IsProtected).Select(r => r.Id));
        Assert.Equal(DefaultRulePack.ProtectedRuleIds, s_pack.Model.Rules.Where(r => r.IsProtected).Select(r => r.Id));
        Assert.Equal(14, s_pack.Settings.CooldownDays);
        Assert.Equal(30, s_pack.Settings.AssessmentWindowDays);
        Assert.All(s_pack.Model.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Rationale) || string.IsNullOrWhiteSpace(r.Source), r.Id));
        Assert.Contains("clinical governance", s_pack.Model.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_OwnTests_AllPassAndEveryRuleFires()
    {
        var report = RuleTestRunner.Run(s_pack);

        Assert.True(report.Passed, report.ToString());
        Assert.True(report.Results.Count >= 30);
        Assert.All(report.Coverage, c => Assert.True(c.TimesFired > 0, c.RuleId + " never fired in the pack's tests"));
        Assert.All(report.Coverage, c => Assert.True(c.IsComplete, c.RuleId + " has a comparison not seen both true and false: " + report));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Item9_Boundary_StatReferralFromOne(int item9, bool fires)
    {
        var decision = Member(Given(("phq9.item9", item9), ("phq9.total", 9)));

        Assert.Equal(fires, decision.Recommendations.Any(r => r.Target == "licensed_clinician" && r.Priority == RulePriority.Stat));
        Assert.False(decision.NeedsReview);
    }

    [Fact]
    public void Item9_Positive_ExplanationShowsValueAndThreshold()
    {
        var decision = Member(Given(("phq9.item9", 2)));

        var recommendation = Assert.Single(decision.Recommendations);
        Assert.Equal((RuleAction.Refer, "licensed_clinician", RulePriority.Stat), (recommendation.Action, recommendation.Target, recommendation.Priority));
        Assert.Equal(["phq9-item9"], recommendation.RuleIds);
        var explanation = Assert.Single(decision.Explanation!, e => e.RuleId == "phq9-item9");
        Assert.Equal(RuleResult.True, explanation.Result);
        Assert.Equal("phq9.item9 = 2 ≥ 1 ✔", Assert.Single(explanation.Comparisons).ToString());
    }

    [Fact]
    public void CrisisDisclosure_Explanation_NamesTheWindowedCountAsWritten()
    {
        var decision = Member(Given(("count(incidents.crisis_disclosure, 7d)", 1)));

        var explanation = Assert.Single(decision.Explanation!, e => e.RuleId == "crisis-disclosure");
        Assert.Equal("count(incidents.crisis_disclosure, 7d) = 1 ≥ 1 ✔", Assert.Single(explanation.Comparisons).ToString());
    }

    [Fact]
    public void Item9_Missing_IsUnknownAndNeedsReview_NeverSilentlyNoRisk()
    {
        var decision = Member(Given(("phq9.item9", null), ("phq9.total", null)));

        Assert.Empty(decision.Recommendations);
        Assert.True(decision.NeedsReview);
        var unknown = Assert.Single(decision.Unknowns, u => u.RuleId == "phq9-item9");
        Assert.Equal(["phq9.item9"], unknown.Missing);
        Assert.Equal("phq9.item9 = missing ≥ 1 ?", decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Comparisons[0].ToString());
    }

    [Fact]
    public void Item9_Absent_IsNotApplicableAndNotListed()
    {
        var decision = Member(FactSet.Empty);

        Assert.Empty(decision.Unknowns);
        Assert.False(decision.NeedsReview);
        Assert.Equal(RuleResult.NotApplicable, decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Result);
    }

    [Fact]
    public void UnprotectedRule_Missing_IsListedButDoesNotNeedReview()
    {
        var decision = Member(Given(("gad7.total", null)));

        Assert.Equal("gad7-severe", Assert.Single(decision.Unknowns).RuleId);
        Assert.False(decision.NeedsReview);
    }

    [Theory]
    [InlineData(13, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void Cooldown_Boundary_SuppressesThroughDay14(int daysAgo, bool suppressed)
    {
        var earlier = new PriorReferral("ref-7", AsOf.AddDays(-daysAgo), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);

        var decision = Member(Given(("phq9.total", 20), ("phq9.item9", 0)), earlier);

        Assert.Equal(suppressed, decision.Suppressed.Count == 1);
        Assert.Equal(!suppressed, decision.Recommendations.Count == 1);
        if (suppressed)
        {
            Assert.Equal(earlier, decision.Suppressed[0].SuppressedBy);
        }
    }

    [Fact]
    public void Cooldown_StatIsNeverSuppressed()
    {
        var earlier = new PriorReferral("ref-1", AsOf.AddDays(-1), "licensed_clinician", RulePriority.Stat, ReferralStatus.Accepted);

        var decision = Member(Given(("phq9.item9", 1)), earlier);

        Assert.Empty(decision.Suppressed);
        Assert.Equal(RulePriority.Stat, Assert.Single(decision.Recommendations).Priority);
    }

    [Fact]
    public void Cooldown_FutureDatedReferral_DoesNotSuppress()
    {
        var later = new PriorReferral("ref-1", AsOf.AddDays(1), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);

        Assert.Single(Member(Given(("gad7.total", 16)), later).Recommendations);
    }

    [Fact]
    public void Cooldown_Ties_MostRecentThenHigherPriorityThenLowerId()
    {
        PriorReferral[] referrals =
        [
            new("ref-9", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Asap, ReferralStatus.Made),
            new("ref-3", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Asap, ReferralStatus.Made),
            new("ref-1", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made),
            new("ref-0", AsOf.AddDays(-5), "licensed_clinician", RulePriority.Stat, ReferralStatus.Made),
        ];

        var decision = Member(Given(("gad7.total", 16)), referrals);

        Assert.Equal("ref-3", Assert.Single(decision.Suppressed).SuppressedBy.ReferralId);
    }

    [Fact]
    public void Merge_SeverePlusItem9_OneStatRecommendationWithBothReasons()
    {
        var decision = Member(Given(("phq9.item9", 1), ("phq9.total", 24), ("phq9.change", 7)));

        var recommendation = Assert.Single(decision.Recommendations);
        Assert.Equal(RulePriority.Stat, recommendation.Priority);
        Assert.Equal(["phq9-item9", "phq9-severe", "reliable-deterioration"], recommendation.RuleIds);
        Assert.Equal(3, recommendation.Reasons.Count);
    }

    [Fact]
    public void Deterioration_FiresOnPhq9AloneWhenGad7Missing()
    {
        var decision = Member(Given(("phq9.change", 6), ("gad7.change", null)));

        Assert.Contains(decision.Recommendations, r => r.RuleIds.Contains("reliable-deterioration"));
        Assert.DoesNotContain(decision.Unknowns, u => u.RuleId == "reliable-deterioration");
    }

    [Fact]
    public void Deterioration_BelowThresholdWithGad7Missing_IsUnknownMissing()
    {
        var decision = Member(Given(("phq9.change", 5), ("gad7.change", null)));

        Assert.Equal(["gad7.change"], Assert.Single(decision.Unknowns, u => u.RuleId == "reliable-deterioration").Missing);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void MissedThree_Boundary(int absences, bool fires) =>
        Assert.Equal(fires, Member(Given(("attendance.consecutiveAbsences", absences))).Recommendations.Any(r => r.Action == RuleAction.Outreach));

    [Fact]
    public void LowWellbeing_ScreenTargetIsInstrumentId()
    {
        var recommendation = Assert.Single(Member(Given(("who5.total", 10), ("phq9.countInWindow", 0))).Recommendations);

        Assert.Equal((RuleAction.Screen, "phq9"), (recommendation.Action, recommendation.Target));
    }

    [Fact]
    public void GroupRules_DoNotRunForMembers_AndViceVersa()
    {
        var groupDecision = s_pack.Decide(RuleTestData.Group, AsOf, Given(("count(incidents.crisis_disclosure_unattributed, 7d)", 1)), null, DecisionOptions.Explain);

        Assert.All(groupDecision.Explanation!, e => Assert.Equal(RuleSubject.Group, s_pack.Model.Rules.Single(r => r.Id == e.RuleId).Subject));
        Assert.Equal((RuleAction.Review, "crisis_followup", RulePriority.Stat), (groupDecision.Recommendations[0].Action, groupDecision.Recommendations[0].Target, groupDecision.Recommendations[0].Priority));
        Assert.Equal("g-01", groupDecision.Subject.GroupId);
    }

    [Fact]
    public void ProtectedRulesOnly_EvaluatesOnlyProtectedRules()
    {
        var decision = s_pack.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 1), ("gad7.total", 20)), null, DecisionOptions.ProtectedRulesOnly | DecisionOptions.Explain);

        Assert.True(decision.ProtectedRulesOnly);
        Assert.Equal(["phq9-item9", "crisis-disclosure", "rescreen-overdue"], decision.Explanation!.Select(e => e.RuleId));
        Assert.Equal(["phq9-item9"], Assert.Single(decision.Recommendations).RuleIds);
    }

    [Fact]
    public void Decision_CarriesStampAndAsOf()
    {
        var decision = Member(FactSet.Empty);

        Assert.Equal("default", decision.RuleSet.Id);
        Assert.Equal("1.1.0", decision.RuleSet.Version);
        Assert.Matches("^[0-9a-f]{64}$", decision.RuleSet.Sha256);
        Assert.Equal(AsOf, decision.AsOf);
        Assert.Matches("^dec-[0-9a-f]{24}$", decision.DecisionId);
    }
}
