using PeerSupport.Analytics.Simulation;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Analytics.Tests.Simulation;

/// <summary>The simulator refers with the default rule pack's thresholds, read from the pack rather than copied.</summary>
public sealed class SimulatedReferralRulesTests
{
    [Fact]
    public void Default_EqualsThePacksThresholds()
    {
        var rules = SimulatedReferralRules.Default;

        Assert.Equal((1, 20, 6, 15, 30, 3), (rules.Phq9Item9, rules.Phq9Severe, rules.Phq9Deterioration, rules.Gad7Severe, rules.K10VeryHigh, rules.ConsecutiveAbsences));
        Assert.Equal(DefaultRulePack.RuleSet.Model.Settings.CooldownDays, rules.CooldownDays);
    }

    [Fact]
    public void From_AChangedPack_FollowsTheChange()
    {
        var json = DefaultRulePack.Json
            .Replace("\"phq9.total >= 20\"", "\"phq9.total >= 22\"", StringComparison.Ordinal)
            .Replace("\"k10.total >= 30\"", "\"k10.total > 31\"", StringComparison.Ordinal)
            .Replace("\"attendance.consecutiveAbsences >= 3\"", "\"attendance.consecutiveAbsences >= 4\"", StringComparison.Ordinal);
        Assert.NotEqual(DefaultRulePack.Json, json);
        var changed = RuleSetJson.Load(json, DefaultRulePack.CompileOptions).GetValueOrThrow().Model;

        var rules = SimulatedReferralRules.From(changed);

        Assert.Equal((22, 32, 4), (rules.Phq9Severe, rules.K10VeryHigh, rules.ConsecutiveAbsences));
        Assert.Equal(SimulatedReferralRules.Default.Gad7Severe, rules.Gad7Severe);
    }

    [Fact]
    public void From_ARuleThatNoLongerComparesItsFact_ThrowsNamingTheRule()
    {
        var json = DefaultRulePack.Json.Replace("\"phq9.total >= 20\"", "\"phq9.severity = 'severe'\"", StringComparison.Ordinal);
        var changed = RuleSetJson.Load(json, DefaultRulePack.CompileOptions).GetValueOrThrow().Model;

        var error = Assert.Throws<InvalidOperationException>(() => SimulatedReferralRules.From(changed));

        Assert.Contains("Rule 'phq9-severe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("phq9.total", error.Message, StringComparison.Ordinal);
    }
}
