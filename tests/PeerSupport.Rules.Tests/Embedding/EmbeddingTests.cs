using PeerSupport.Rules.Serialization;

namespace PeerSupport.Rules.Tests.Embedding;

/// <summary>A host defines its own facts and rules with only PeerSupport.Rules (this project references nothing else).</summary>
public sealed class EmbeddingTests
{
    private static readonly DateOnly s_asOf = new(2026, 3, 2);
    private static readonly RuleSetCompileOptions s_options = new() { Schema = ClinicFacts.Schema };

    private static CompiledRuleSet Load()
    {
        var result = RuleSetJson.Load(ClinicFacts.Rules, s_options);
        Assert.True(result.Succeeded, result.ToString());
        return result.GetValueOrThrow();
    }

    [Fact]
    public void HostRules_FireOnHostFacts()
    {
        var client = new Client(WellbeingScore: 6, DaysWaiting: 50, Flagged: false, MissedCalls: [s_asOf.AddDays(-3), s_asOf.AddDays(-10), s_asOf.AddDays(-30)]);

        var decision = Load().Decide(DecisionSubject.Member("c-17", "waitlist"), s_asOf, new ClientFactReader(client, s_asOf));

        Assert.Collection(
            decision.Recommendations,
            r => Assert.Equal(("duty_clinician", RulePriority.Urgent), (r.Target, r.Priority)),
            r => Assert.Equal(("care_coordinator", RuleAction.Outreach), (r.Target, r.Action)));
        Assert.False(decision.NeedsReview);
    }

    [Fact]
    public void HostRules_MissingScoreIsUnknownNotFalse()
    {
        var client = new Client(WellbeingScore: null, DaysWaiting: 50, Flagged: false, MissedCalls: []);

        var decision = Load().Decide(DecisionSubject.Member("c-18", "waitlist"), s_asOf, new ClientFactReader(client, s_asOf));

        Assert.Empty(decision.Recommendations);
        var unknown = Assert.Single(decision.Unknowns);
        Assert.Equal("low-wellbeing-long-wait", unknown.RuleId);
        Assert.Equal(["wellbeing.score"], unknown.Missing);
    }

    [Fact]
    public void HostRules_UnknownFactIsALoadErrorWithPointer()
    {
        var result = RuleSetJson.Load(ClinicFacts.Rules.Replace("waitlist.days", "waitlist.dayz", StringComparison.Ordinal), s_options);

        var error = Assert.Single(result.Problems);
        Assert.Equal("/rules/1/when", error.JsonPointer);
        Assert.Contains("waitlist.days", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostRules_SlotsFilledOnceServeHasFindingsAndDecide()
    {
        var set = Load();
        var slots = set.CreateSlots();
        var subject = DecisionSubject.Member("c-19", "waitlist");

        slots.Fill(new ClientFactReader(new Client(20, 5, Flagged: true, []), s_asOf), RuleSubject.Member);

        Assert.True(set.HasFindings(slots, RuleSubject.Member));
        Assert.Equal(RulePriority.Stat, Assert.Single(set.Decide(subject, s_asOf, slots).Recommendations).Priority);

        slots.Fill(new ClientFactReader(new Client(20, 5, Flagged: false, []), s_asOf), RuleSubject.Member);

        Assert.False(set.HasFindings(slots, RuleSubject.Member));
        Assert.Empty(set.Decide(subject, s_asOf, slots).Recommendations);
    }

    [Fact]
    public void GetValueOrThrow_InvalidFile_ThrowsWithEveryLocatedError()
    {
        var result = RuleSetJson.Load(ClinicFacts.Rules.Replace("waitlist.days", "waitlist.dayz", StringComparison.Ordinal), s_options);

        Assert.False(result.Succeeded);
        var error = Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());
        Assert.Contains("/rules/1/when", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetValueOrThrow_ValidFile_ReturnsTheSet()
    {
        var result = RuleSetJson.Load(ClinicFacts.Rules, s_options);

        Assert.Same(result.RuleSet, result.GetValueOrThrow());
    }
}
