using PeerSupport.Rules;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Data.Tests.Rules;

/// <summary>End to end: the example dataset read from CSV, evaluated with the default rule pack.</summary>
public sealed class ExampleDatasetRulesTests
{
    private static readonly DateOnly s_asOf = new(2026, 3, 12);

    private static IReadOnlyList<Decision> Decisions()
    {
        var dataset = DatasetCsvReader.Read(ExampleDataset.Folder).GetValueOrThrow();
        return DefaultRulePack.CreateEngine().Evaluate(dataset, s_asOf, DecisionOptions.Explain);
    }

    [Fact]
    public void Example_PositiveItem9_GivesStatReferralWithExplanation()
    {
        var decision = Decisions().Single(d => d.Subject.Id == "N02-5012");

        var recommendation = decision.Recommendations[0];
        Assert.Equal((RuleAction.Refer, "licensed_clinician", RulePriority.Stat), (recommendation.Action, recommendation.Target, recommendation.Priority));
        Assert.Contains("phq9-item9", recommendation.RuleIds);
        Assert.Equal("phq9.item9 = 1 ≥ 1 ✔", decision.Explanation!.Single(e => e.RuleId == "phq9-item9").Comparisons.Single().ToString());
    }

    [Fact]
    public void Example_ElevatedGroupSessionWithoutClinician_NeedsFacilitationReview()
    {
        var harbor = Decisions().Single(d => d.Subject.Kind == RuleSubject.Group && d.Subject.Id == "G-HARBOR");

        Assert.Contains(harbor.Recommendations, r => r.Target == "facilitation_policy" && r.Priority == RulePriority.Urgent && r.RuleIds.Contains("facilitation-gap"));
    }

    [Fact]
    public void Example_EveryActiveMemberAndEveryGroupGetsADecision()
    {
        var decisions = Decisions();

        Assert.Equal(2, decisions.Count(d => d.Subject.Kind == RuleSubject.Group));
        Assert.DoesNotContain(decisions, d => d.Subject.Id is "N07-4257" or "H06-6881");
        Assert.All(decisions, d => Assert.Equal("default", d.RuleSet.Id));
        Assert.All(decisions, d => Assert.Empty(d.Errors));
        Assert.All(decisions, d => Assert.NotEmpty(DecisionJson.Write(d)));
    }
}
