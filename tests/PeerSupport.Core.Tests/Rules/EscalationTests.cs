using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

/// <summary>unactioned-referral: open stat/urgent recommendations escalate to the clinical lead on the documented day.</summary>
public sealed class EscalationTests
{
    private static readonly CompiledRuleSet s_pack = DefaultRulePack.RuleSet;

    private static PriorReferral Prior(int daysAgo, RulePriority priority, ReferralStatus status = ReferralStatus.Recommended, string target = "licensed_clinician", string id = "r1") =>
        new(id, AsOf.AddDays(-daysAgo), target, priority, status, priority == RulePriority.Stat ? "phq9-item9" : "phq9-severe");

    private static Recommendation? Review(Decision decision) =>
        decision.Recommendations.SingleOrDefault(r => r.RuleIds.Contains(EscalationSettings.RuleId));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    public void StatStillRecommended_EscalatesFromDayOne(int daysAgo, bool escalates)
    {
        var decision = s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(daysAgo, RulePriority.Stat)]);

        var review = Review(decision);
        Assert.Equal(escalates, review is not null);
        if (escalates)
        {
            Assert.Equal((RuleAction.Review, "clinical_lead", RulePriority.Stat), (review!.Action, review.Target, review.Priority));
            Assert.Equal(
                $"Unactioned stat recommendation r1 to licensed_clinician (rule phq9-item9) of {AsOf.AddDays(-daysAgo):yyyy-MM-dd}: still recommended after {daysAgo} {(daysAgo == 1 ? "day" : "days")} (escalates after 1)",
                Assert.Single(review.Reasons));
        }
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(7, true)]
    [InlineData(8, true)]
    public void UrgentStillRecommended_EscalatesFromDaySeven_AndTheNewReferralStaysSuppressed(int daysAgo, bool escalates)
    {
        var decision = s_pack.Decide(Member, AsOf, Given(("phq9.total", 22), ("phq9.item9", 0)), [Prior(daysAgo, RulePriority.Urgent)]);

        // The cooldown is kept: the new urgent referral is suppressed by the open one either way.
        Assert.Equal("r1", Assert.Single(decision.Suppressed).SuppressedBy.ReferralId);
        var review = Review(decision);
        Assert.Equal(escalates, review is not null);
        if (escalates)
        {
            Assert.Equal(RulePriority.Urgent, review!.Priority);
            Assert.Contains("recommendation r1 to licensed_clinician (rule phq9-severe)", review.Reasons.Single(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(ReferralStatus.Made)]
    [InlineData(ReferralStatus.Accepted)]
    [InlineData(ReferralStatus.Completed)]
    [InlineData(ReferralStatus.Declined)]
    public void ActedOnOrClosed_DoesNotEscalate(ReferralStatus status) =>
        Assert.Null(Review(s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(30, RulePriority.Stat, status)])));

    [Fact]
    public void RoutineNeverEscalates_GroupsNeverEscalate_AnEscalationDoesNotEscalateItself()
    {
        Assert.Null(Review(s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(90, RulePriority.Routine)])));
        Assert.Empty(s_pack.Decide(Group, AsOf, FactSet.Empty, [Prior(90, RulePriority.Stat)]).Recommendations);
        Assert.Null(Review(s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(30, RulePriority.Urgent, target: "clinical_lead")])));
    }

    [Fact]
    public void SeveralUnactioned_OneReviewWithOneReasonEach_HighestPriority()
    {
        var decision = s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(10, RulePriority.Urgent, id: "r2"), Prior(2, RulePriority.Stat, id: "r1")]);

        var review = Assert.Single(decision.Recommendations);
        Assert.Equal(RulePriority.Stat, review.Priority);
        Assert.Equal(2, review.Reasons.Count);
        Assert.StartsWith("Unactioned urgent recommendation r2", review.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void UrgentReview_IsSuppressedByAnOpenReviewOfTheClinicalLeadInTheCooldown()
    {
        var decision = s_pack.Decide(Member, AsOf, FactSet.Empty, [Prior(8, RulePriority.Urgent), Prior(1, RulePriority.Urgent, target: "clinical_lead", id: "r9")]);

        Assert.Empty(decision.Recommendations);
        Assert.Equal("r9", Assert.Single(decision.Suppressed).SuppressedBy.ReferralId);
    }

    [Fact]
    public void Settings_AreConfigurable_AndHashedIntoTheStamp()
    {
        var json = DefaultRulePack.Json.Replace("\"urgent\": 7", "\"urgent\": 5", StringComparison.Ordinal).Replace("\"openStatuses\": [\"recommended\"]", "\"openStatuses\": [\"recommended\", \"made\"]", StringComparison.Ordinal);
        var set = RuleSetJson.Load(json, DefaultRulePack.CompileOptions).GetValueOrThrow();

        Assert.NotEqual(s_pack.Stamp.Sha256, set.Stamp.Sha256);
        Assert.Equal(5, set.Settings.Escalation.UrgentAfterDays);
        Assert.NotNull(Review(set.Decide(Member, AsOf, FactSet.Empty, [Prior(5, RulePriority.Urgent, ReferralStatus.Made)])));
        var reloaded = RuleSetJson.Load(RuleSetJson.Write(set.Model), DefaultRulePack.CompileOptions).GetValueOrThrow();
        Assert.Equal(set.Stamp, reloaded.Stamp);
        Assert.Equal(set.Settings, reloaded.Settings);
    }

    [Theory]
    [InlineData("\"openStatuses\": [\"recommended\"]", "\"openStatuses\": [\"declined\"]", "/settings/escalation/openStatuses/0", "closed status")]
    [InlineData("\"openStatuses\": [\"recommended\"]", "\"openStatuses\": []", "/settings/escalation/openStatuses", "at least one")]
    [InlineData("\"openStatuses\": [\"recommended\"]", "\"openStatuses\": [\"pending\"]", "/settings/escalation/openStatuses/0", "was 'pending'")]
    [InlineData("\"urgent\": 7", "\"urgent\": -1", "/settings/escalation/afterDays/urgent", "0–365")]
    [InlineData("\"urgent\": 7", "\"urgent\": 7, \"routine\": 30", "/settings/escalation/afterDays/routine", "routine")]
    [InlineData("\"target\": \"clinical_lead\"", "\"target\": \"clinical_leed\"", "/settings/escalation/target", "not a known target")]
    [InlineData("\"minimumPriority\": \"urgent\"", "\"minimumPriority\": \"routine\"", "/settings/escalation/minimumPriority", "at least one step above routine")]
    public void InvalidSettings_AreLocatedErrors(string from, string to, string path, string message)
    {
        var result = RuleSetJson.Load(DefaultRulePack.Json.Replace(from, to, StringComparison.Ordinal), DefaultRulePack.CompileOptions);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, e => e.JsonPointer == path && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void TryUpdate_WeakerEscalation_NeedsAnOverride()
    {
        var engine = DefaultRulePack.CreateEngine();
        var later = DefaultRulePack.Json.Replace("\"stat\": 1,", "\"stat\": 3,", StringComparison.Ordinal).Replace("\"version\": \"1.1.0\"", "\"version\": \"1.2.0\"", StringComparison.Ordinal);

        var rejected = engine.TryUpdate(later);
        Assert.False(rejected.Succeeded);
        Assert.Contains("stat after 1 days → 3 days", Assert.Single(rejected.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("1.1.0", engine.Current.Stamp.Version);

        var overridden = later.Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"unactioned-referral\", \"reason\": \"clinical lead reviews stat referrals every third day (governance minute 12)\" } ]", StringComparison.Ordinal);
        Assert.True(engine.TryUpdate(overridden).Succeeded);
        Assert.Equal(3, engine.Current.Settings.Escalation.StatAfterDays);
    }

    [Fact]
    public void Dataset_ReferralRuleIdIsNamed()
    {
        var data = new Facts.RuleDatasets();
        data.Builder.AddReferral(new PeerSupport.Domain.Referral(PeerSupport.Domain.ReferralId.Create("R-7"), Facts.RuleDatasets.M("M1"), Facts.RuleDatasets.AsOf.AddDays(-2), PeerSupport.Domain.ReferralTarget.LicensedClinician, PeerSupport.Rules.RulePriority.Stat, PeerSupport.Rules.ReferralStatus.Recommended, "phq9-item9"));

        var decision = DefaultRulePack.CreateEngine().Evaluate(data.Build(), Facts.RuleDatasets.AsOf).Single(d => d.Subject.Id == "M1");

        Assert.Contains("recommendation R-7 to licensed_clinician (rule phq9-item9)", Assert.Single(Review(decision)!.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void ReservedRuleId_IsALoadError()
    {
        var result = RuleSetCompiler.Compile(new RuleSetBuilder("t", "1.0.0").AddRule(EscalationSettings.RuleId, r => r.Titled("x").When("phq9.total >= 1").Refer("licensed_clinician", RulePriority.Routine)).Build(), new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] });

        Assert.Contains(result.Problems, e => e.JsonPointer == "/rules/0/id" && e.Message.Contains("reserved", StringComparison.Ordinal));
    }
}
