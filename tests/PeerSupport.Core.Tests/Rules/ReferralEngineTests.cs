using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

public sealed class ReferralEngineTests
{
    [Fact]
    public void TryUpdate_InvalidRuleFile_KeepsRunningSet()
    {
        var engine = DefaultRulePack.CreateEngine();
        var before = engine.Current;

        var result = engine.TryUpdate(DefaultRulePack.Json.Replace("phq9.item9 >= 1", "phq9.item9 >= ", StringComparison.Ordinal));

        Assert.False(result.Succeeded);
        Assert.Same(before, engine.Current);
    }

    [Fact]
    public void TryUpdate_ValidRuleFile_SwapsAndStampsNewVersion()
    {
        var engine = DefaultRulePack.CreateEngine();

        var result = engine.TryUpdate(DefaultRulePack.Json.Replace("\"version\": \"1.1.0\"", "\"version\": \"1.2.0\"", StringComparison.Ordinal));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("1.2.0", engine.Evaluate(RuleTestData.Member, AsOf, Given()).RuleSet.Version);
    }

    [Fact]
    public void TryUpdate_DroppingAProtectedRuleOfTheRunningSet_IsRejected()
    {
        var local = Compile(new RuleSetBuilder("local", "1.0.0")
            .AddRule("self-harm", r => r.Titled("Self-harm flag").When("phq9.item9 >= 1").Refer("crisis_service", RulePriority.Stat).Protected()));
        var engine = new ReferralEngine(local, new ReferralEngineOptions { ProtectedRuleIds = [] });

        var result = engine.TryUpdate(new RuleSetBuilder("local", "1.1.0")
            .AddRule("severe", r => r.Titled("Severe").When("phq9.total >= 20").Refer("licensed_clinician", RulePriority.Urgent))
            .Build());

        Assert.False(result.Succeeded);
        Assert.Contains(result.Problems, e => e.Message.Contains("protected rule 'self-harm' is removed", StringComparison.Ordinal));
        Assert.Same(local, engine.Current);
    }

    [Fact]
    public void TryUpdate_ConcurrentEvaluations_AlwaysSeeAWholeRuleSet()
    {
        var engine = DefaultRulePack.CreateEngine();
        var v2 = DefaultRulePack.Json.Replace("\"version\": \"1.1.0\"", "\"version\": \"2.0.0\"", StringComparison.Ordinal);
        var facts = Given(("phq9.item9", 1));
        var versions = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.Invoke(
            () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    Assert.True(engine.TryUpdate(i % 2 == 0 ? v2 : DefaultRulePack.Json).Succeeded);
                }
            },
            () =>
            {
                for (var i = 0; i < 2000; i++)
                {
                    var decision = engine.Evaluate(RuleTestData.Member, AsOf, facts);
                    Assert.Equal(RulePriority.Stat, Assert.Single(decision.Recommendations).Priority);
                    versions.Add(decision.RuleSet.Version);
                }
            });

        Assert.All(versions, v => Assert.Contains(v, new[] { "1.1.0", "2.0.0" }));
    }

    [Fact]
    public void Options_CooldownOverride_IsApplied()
    {
        var engine = DefaultRulePack.CreateEngine(new ReferralEngineOptions { CooldownDays = 3 });
        var earlier = new PriorReferral("r1", AsOf.AddDays(-5), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);

        var decision = engine.Evaluate(RuleTestData.Member, AsOf, Given(("gad7.total", 18)), [earlier]);

        Assert.Single(decision.Recommendations);
        Assert.Equal(3, decision.CooldownDays);
    }

    [Theory]
    [InlineData(-1, null, "CooldownDays must be between 0 and 365.")]
    [InlineData(366, null, "CooldownDays must be between 0 and 365.")]
    [InlineData(null, 0, "AssessmentWindowDays must be between 1 and 3650.")]
    [InlineData(null, 3651, "AssessmentWindowDays must be between 1 and 3650.")]
    public void Options_Invalid_AreRejectedWithMessage(int? cooldown, int? window, string expected)
    {
        var options = new ReferralEngineOptions { CooldownDays = cooldown, AssessmentWindowDays = window };

        Assert.Contains(expected, Assert.Single(options.Validate()), StringComparison.Ordinal);
        var ex = Assert.Throws<ArgumentException>(() => DefaultRulePack.CreateEngine(options));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.False(new ReferralEngineOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Evaluate_Instant_UsesConfiguredTimeZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("test+10", TimeSpan.FromHours(10), "test+10", "test+10");
        var engine = DefaultRulePack.CreateEngine(new ReferralEngineOptions { TimeZone = zone });
        var instant = new DateTimeOffset(2026, 1, 14, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 1, 15), engine.Evaluate(RuleTestData.Member, instant, Given()).AsOf);
        Assert.Equal(new DateOnly(2026, 1, 14), DefaultRulePack.CreateEngine().ToDate(instant));
    }

    [Fact]
    public void Evaluate_WithFakeTimeProvider_IsDeterministic()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        var engine = DefaultRulePack.CreateEngine();

        var decision = engine.Evaluate(RuleTestData.Member, time.GetUtcNow(), Given(("phq9.item9", 1)));

        Assert.Equal(AsOf, decision.AsOf);
    }

    [Fact]
    public void DecisionJson_FollowsOutputContract()
    {
        var earlier = new PriorReferral("ref-4", AsOf.AddDays(-2), "peer_outreach", RulePriority.Routine, ReferralStatus.Made);
        var decision = DefaultRulePack.CreateEngine().Evaluate(RuleTestData.Member, AsOf, Given(("phq9.item9", 2), ("attendance.consecutiveAbsences", 3), ("gad7.total", null)), [earlier]);

        var json = DecisionJson.Write(decision);

        Assert.Contains("\"subject\":{\"kind\":\"member\",\"id\":\"m-001\",\"groupId\":\"g-01\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"recommendations\":[{\"action\":\"refer\",\"target\":\"licensed_clinician\",\"priority\":\"stat\",\"ruleIds\":[\"phq9-item9\"],\"reasons\":[\"PHQ-9 item 9 (thoughts of self-harm) answered above 0\"]}]", json, StringComparison.Ordinal);
        Assert.Contains("\"suppressed\":[{\"action\":\"outreach\",\"target\":\"peer_outreach\",\"priority\":\"routine\",\"ruleIds\":[\"missed-three\"],\"reasons\":[\"Missed the last 3 sessions in a row\"],\"suppressedBy\":{\"referralId\":\"ref-4\",\"date\":\"2026-01-13\",\"priority\":\"routine\",\"status\":\"made\"}}]", json, StringComparison.Ordinal);
        Assert.Contains("\"unknowns\":[{\"ruleId\":\"gad7-severe\",\"missing\":[\"gad7.total\"]}]", json, StringComparison.Ordinal);
        Assert.Contains("\"needsReview\":false", json, StringComparison.Ordinal);
        Assert.Contains("\"ruleSet\":{\"id\":\"default\",\"version\":\"1.1.0\",\"sha256\":\"" + decision.RuleSet.Sha256 + "\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2026-01-15\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DecisionLogJson_HasInputsReferralsAndOutcome()
    {
        var decision = DefaultRulePack.CreateEngine().Evaluate(RuleTestData.Member, AsOf, Given(("phq9.item9", null)), null, DecisionOptions.RecordInputs);

        var line = DecisionJson.WriteLogRecord(DecisionLogRecord.Create(decision));

        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"inputs\":{\"phq9.item9\":null,", line, StringComparison.Ordinal);
        Assert.Contains("\"k10.total\":{\"absent\":true}", line, StringComparison.Ordinal);
        Assert.Contains("\"outcome\":{\"decisionId\":\"" + decision.DecisionId, line, StringComparison.Ordinal);
        using var document = System.Text.Json.JsonDocument.Parse(line);
        Assert.True(document.RootElement.GetProperty("outcome").GetProperty("needsReview").GetBoolean());
    }

    [Fact]
    public void AddReferralRules_RegistersValidatedEngineOnce()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddReferralRules(o => o.CooldownDays = 7).AddReferralRules();
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var engine = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReferralEngine>(provider);

        Assert.Equal(7, engine.CooldownDays);
        Assert.Same(engine, Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReferralEngine>(provider));
    }

    [Fact]
    public void AddReferralRules_InvalidOptions_FailOnResolve()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        services.AddReferralRules(o => o.CooldownDays = 999);
        using var provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(services);

        var ex = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ReferralEngine>(provider));
        Assert.Contains("CooldownDays must be between 0 and 365.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryUpdate_RaisingAProtectedThreshold_NeedsOverride()
    {
        var engine = DefaultRulePack.CreateEngine();
        var before = engine.Current;
        var weakened = DefaultRulePack.Json.Replace("\"when\": \"phq9.item9 >= 1\"", "\"when\": \"phq9.item9 >= 2\"", StringComparison.Ordinal);

        var rejected = engine.TryUpdate(weakened);

        Assert.False(rejected.Succeeded);
        Assert.Equal("error: /rules/0: protected rule 'phq9-item9' changes its subject, condition or outcome from the running rule set (phq9.item9 >= 1 → phq9.item9 >= 2); that needs an entry in overrides with a reason", Assert.Single(rejected.Problems).ToString());
        Assert.Same(before, engine.Current);

        var overridden = weakened.Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"phq9-item9\", \"reason\": \"Local governance: item 9 = 1 goes to same-day clinician call-back (minute 2026-02).\" } ]", StringComparison.Ordinal);
        var accepted = engine.TryUpdate(overridden);

        Assert.True(accepted.Succeeded, accepted.ToString());
        var decision = engine.Evaluate(RuleTestData.Member, AsOf, Given(("phq9.item9", 1)));
        Assert.Empty(decision.Recommendations);
        Assert.Equal("phq9-item9", Assert.Single(decision.Overrides).RuleId);
    }

    [Fact]
    public void TryUpdate_LoweringAProtectedPriority_IsRejected()
    {
        var engine = DefaultRulePack.CreateEngine();
        var weakened = DefaultRulePack.Json.Replace("\"then\": { \"action\": \"refer\", \"target\": \"crisis_service\", \"priority\": \"stat\" }", "\"then\": { \"action\": \"refer\", \"target\": \"crisis_service\", \"priority\": \"urgent\" }", StringComparison.Ordinal);

        var result = engine.TryUpdate(weakened);

        Assert.Contains(result.Problems, e => e.Message.StartsWith("protected rule 'crisis-disclosure' changes", StringComparison.Ordinal));
    }
}
