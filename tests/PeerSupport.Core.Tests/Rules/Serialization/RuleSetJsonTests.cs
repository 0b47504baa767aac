using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Core.Tests.Rules.Serialization;

public sealed class RuleSetJsonTests
{
    private const string Minimal = """
        {
          "id": "local", "version": "1.2.3",
          "rules": [
            { "id": "a", "title": "A", "subject": "member", "when": "phq9.total >= 10", "then": { "action": "refer", "target": "licensed_clinician", "priority": "urgent" } }
          ]
        }
        """;

    private static readonly RuleSetCompileOptions s_noProtected = new() { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] };

    [Fact]
    public void Load_Minimal_AppliesDefaults()
    {
        var result = RuleSetJson.Load(Minimal, s_noProtected);

        Assert.True(result.Succeeded, result.ToString());
        var set = result.GetValueOrThrow();
        Assert.Equal(14, set.Settings.CooldownDays);
        Assert.Equal(30, set.Settings.AssessmentWindowDays);
        Assert.True(set.Model.Rules[0].IsEnabled);
        Assert.False(set.Model.Rules[0].IsProtected);
    }

    [Fact]
    public void Load_DefaultPack_SaveAndLoadGivesEqualModelAndSameHash()
    {
        var original = DefaultRulePack.RuleSet;

        var saved = RuleSetJson.Write(original.Model);
        var reloaded = RuleSetJson.Load(saved, DefaultRulePack.CompileOptions);

        Assert.True(reloaded.Succeeded, reloaded.ToString());
        Assert.Equal(original.Stamp, reloaded.GetValueOrThrow().Stamp);
        Assert.Equal(saved, RuleSetJson.Write(reloaded.RuleSet.Model));
    }

    [Fact]
    public void Builder_AndJson_ProduceTheSameModelAndHash()
    {
        var built = new RuleSetBuilder("local", "1.2.3")
            .AddRule("a", r => r.Titled("A").ForMember().When("phq9.total>=10").Refer("licensed_clinician", RulePriority.Urgent))
            .Build();

        var fromBuilder = RuleSetCompiler.Compile(built, s_noProtected).GetValueOrThrow();
        var fromJson = RuleSetJson.Load(Minimal, s_noProtected).GetValueOrThrow();

        Assert.Equal(fromJson.Stamp.Sha256, fromBuilder.Stamp.Sha256);
        Assert.Equal(RuleSetJson.Write(fromJson.Model), RuleSetJson.Write(fromBuilder.Model));
    }

    [Fact]
    public void Hash_ChangesWhenAThresholdChanges()
    {
        var changed = RuleSetJson.Load(Minimal.Replace(">= 10", ">= 11", StringComparison.Ordinal), s_noProtected).GetValueOrThrow();

        Assert.NotEqual(RuleSetJson.Load(Minimal, s_noProtected).GetValueOrThrow().Stamp.Sha256, changed.Stamp.Sha256);
    }

    [Fact]
    public void Load_ManyProblems_ReportsAllWithPointers()
    {
        const string json = """
            {
              "id": "Bad Id", "version": "1.0",
              "settings": { "cooldownDays": 400, "hitPolicy": "first" },
              "rules": [
                { "id": "a", "title": "A", "subject": "member", "when": "phq9.itme9 >= 1", "then": { "action": "refer", "target": "licensed_clinician", "priority": "stat" } },
                { "id": "a", "title": "B", "subject": "person", "when": "gad7.total >=", "then": { "action": "refer", "target": "licenced_clinician", "priority": "high" } },
                { "id": "c", "title": "C", "subject": "member", "when": "k10.total >= 30", "then": { "action": "refer", "target": "licenced_clinician", "priority": "urgent" }, "protectd": true }
              ]
            }
            """;

        var errors = RuleSetJson.Load(json, s_noProtected).Problems.Select(e => e.ToString()).ToArray();

        Assert.Contains("error: /rules/0/when (1:1): unknown fact 'phq9.itme9'; did you mean 'phq9.item9'?", errors);
        Assert.Contains(errors, e => e.StartsWith("error: /rules/1/subject: 'person' is not a valid subject", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("error: /rules/1/when (1:14): expected a number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("error: /rules/1/then/priority: 'high' is not a valid priority", StringComparison.Ordinal));
        Assert.Contains("error: /rules/2/protectd: unknown property 'protectd'; did you mean 'protected'?", errors);
        Assert.Contains(errors, e => e.StartsWith("error: /id: rule set id 'Bad Id'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("error: /version: version '1.0'", StringComparison.Ordinal));
        Assert.Contains("error: /settings/cooldownDays: cooldownDays must be 0–365, was 400", errors);
        Assert.Contains(errors, e => e.StartsWith("error: /settings/hitPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_UnknownTarget_SuggestsKnownOne()
    {
        var errors = RuleSetJson.Load(Minimal.Replace("licensed_clinician", "licenced_clinician", StringComparison.Ordinal), s_noProtected).Problems;

        Assert.Equal("error: /rules/0/then/target: unknown target 'licenced_clinician' (known: licensed_clinician, crisis_service, primary_care, peer_outreach, screening, clinical_cofacilitation, facilitation_policy, crisis_followup, clinical_lead); did you mean 'licensed_clinician'?", Assert.Single(errors).ToString());
    }

    [Fact]
    public void Load_DuplicateRuleId_IsAnError()
    {
        var json = Minimal.Replace("""{ "id": "a",""", """{ "id": "a", "title": "x", "subject": "member", "when": "true", "then": { "action": "review", "target": "screening", "priority": "routine" } }, { "id": "a",""", StringComparison.Ordinal);

        Assert.Contains(RuleSetJson.Load(json, s_noProtected).Problems, e => e.Message == "rule id 'a' is used twice");
    }

    [Theory]
    [InlineData("{ \"id\": \"x\", ", 1, "malformed JSON")]
    [InlineData("{ \"id\": \"x\",\n  \"version\": 1.0.0 }", 2, "malformed JSON")]
    [InlineData("[]", 0, "must be an object, was an array")]
    [InlineData("{ \"id\": \"x\", \"version\": \"1.0.0\" }", 0, "'rules' is required")]
    public void Load_MalformedJson_ReportsLine(string json, int line, string fragment)
    {
        var error = Assert.Single(RuleSetJson.Load(json, s_noProtected).Problems);

        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void Load_RemovingProtectedRule_NeedsOverrideWithReason()
    {
        var withoutItem9 = RuleSetJson.Write(WithoutRule("phq9-item9"));

        var result = RuleSetJson.Load(withoutItem9, DefaultRulePack.CompileOptions);

        Assert.Contains(result.Problems, e => e.Message == "protected rule 'phq9-item9' is removed; that needs an entry in overrides with a reason");
    }

    [Fact]
    public void Load_DisabledProtectedRuleWithOverride_IsAcceptedAndStamped()
    {
        var json = DefaultRulePack.Json
            .Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"crisis-disclosure\", \"reason\": \"Incidents are triaged live by the on-call clinician in this service.\" } ]", StringComparison.Ordinal)
            .Replace("\"when\": \"count(incidents.crisis_disclosure, 7d) >= 1\",\n      \"then\": { \"action\": \"refer\", \"target\": \"crisis_service\", \"priority\": \"stat\" },\n      \"protected\": true,\n      \"enabled\": true", "\"when\": \"count(incidents.crisis_disclosure, 7d) >= 1\",\n      \"then\": { \"action\": \"refer\", \"target\": \"crisis_service\", \"priority\": \"stat\" },\n      \"protected\": true,\n      \"enabled\": false", StringComparison.Ordinal);

        var result = RuleSetJson.Load(json, DefaultRulePack.CompileOptions);

        Assert.True(result.Succeeded, result.ToString());
        var decision = result.GetValueOrThrow().Decide(RuleTestData.Member, RuleTestData.AsOf, RuleTestData.Given(("count(incidents.crisis_disclosure, 7d)", 1)));
        Assert.Empty(decision.Recommendations);
        Assert.Equal("crisis-disclosure", Assert.Single(decision.Overrides).RuleId);
    }

    [Fact]
    public void Load_DisabledProtectedRuleWithoutOverride_IsRejected()
    {
        var json = DefaultRulePack.Json.Replace("\"protected\": true,\n      \"enabled\": true", "\"protected\": true,\n      \"enabled\": false", StringComparison.Ordinal);

        var errors = RuleSetJson.Load(json, DefaultRulePack.CompileOptions).Problems;

        Assert.Contains(errors, e => e.Message == "protected rule 'phq9-item9' is disabled; that needs an entry in overrides with a reason");
    }

    [Fact]
    public void Load_OverrideWithoutReason_IsRejected()
    {
        var json = DefaultRulePack.Json.Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"phq9-item9\", \"reason\": \" \" } ]", StringComparison.Ordinal);

        var errors = RuleSetJson.Load(json, DefaultRulePack.CompileOptions).Problems.Select(e => e.ToString()).ToArray();

        Assert.Contains("error: /overrides/0/reason: the override of protected rule 'phq9-item9' needs a reason", errors);
    }

    [Fact]
    public void Load_TestFactNobodyReads_IsAnError()
    {
        var json = Minimal.Replace("\n  ]\n}", "\n  ],\n  \"tests\": [ { \"name\": \"t\", \"facts\": { \"phq9.totl\": 3 }, \"expect\": { \"recommendations\": [] } } ]\n}", StringComparison.Ordinal);

        var error = Assert.Single(RuleSetJson.Load(json, s_noProtected).Problems);

        Assert.Equal("error: /tests/0/facts/phq9.totl: no rule reads fact 'phq9.totl'; did you mean 'phq9.total'?", error.ToString());
    }

    private static RuleSet WithoutRule(string id) => new RuleSetBuilderAdapter(DefaultRulePack.RuleSet.Model, id).Build();

    private sealed class RuleSetBuilderAdapter(RuleSet source, string skip)
    {
        public RuleSet Build()
        {
            var builder = new RuleSetBuilder(source.Id, source.Version);
            foreach (var rule in source.Rules.Where(r => r.Id != skip))
            {
                builder.AddRule(rule.Id, r =>
                {
                    r.Titled(rule.Title).Because(rule.Rationale, rule.Source).When(rule.Condition.ToString()).Then(rule.Outcome.Action, rule.Outcome.Target, rule.Outcome.Priority);
                    if (rule.Subject == RuleSubject.Group)
                    {
                        r.ForGroup();
                    }

                    if (rule.IsProtected)
                    {
                        r.Protected();
                    }
                });
            }

            return builder.Build();
        }
    }

    [Property(MaxTest = 200)]
    public Property Load_RandomText_OnlyValidationErrors() => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
    {
        var result = RuleSetJson.Load(text ?? string.Empty, DefaultRulePack.CompileOptions);
        return !result.Succeeded && result.Problems.Count > 0;
    });

    [Property(MaxTest = 300)]
    public Property Load_MutatedDefaultPack_NeverThrows() => Prop.ForAll(
        Gen.Choose(0, DefaultRulePack.Json.Length - 1).ToArbitrary(),
        Gen.Choose(0, 40).ToArbitrary(),
        Gen.Elements("", "\"", "{", "}", "[", "]", ",", ":", "0", "-1", "null", "true", "'", "(", ")", " and ", "9999999999999999999999", "\\u0000", "é", "phq9.item9", "/").ToArbitrary(),
        (position, deleteLength, insert) =>
        {
            var json = DefaultRulePack.Json;
            var length = Math.Min(deleteLength, json.Length - position);
            var mutated = json[..position] + insert + json[(position + length)..];
            var result = RuleSetJson.Load(mutated, DefaultRulePack.CompileOptions);
            return (result.Succeeded || result.Problems.Count > 0).Label(result.ToString());
        });

    [Fact]
    public void Load_DeeplyNestedJson_IsAnErrorNotACrash()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        Assert.Contains("malformed JSON", Assert.Single(RuleSetJson.Load(json, DefaultRulePack.CompileOptions).Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_HugeFile_IsRejectedBeforeParsing()
    {
        var json = new string(' ', RuleSetJson.MaxFileLength + 1);

        Assert.Contains("at most", Assert.Single(RuleSetJson.Load(json, DefaultRulePack.CompileOptions).Problems).Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 100)]
    public Property WriteLoad_RandomRuleSets_KeepModelAndHash() => Prop.ForAll(
        Gen.ArrayOf(Gen.Elements("phq9.total >= 10", "gad7.change >= 4 or phq9.change >= 6", "not has(k10.total)", "count(incidents.conflict, 14d) + count(incidents.other, 7d) >= 1", "group.acuity = 'elevated' and membership.days > 30", "referral.daysSinceLast('crisis_service') <= 7")).Where(a => a.Length > 0).ToArbitrary(),
        Gen.Choose(0, 365).ToArbitrary(),
        (conditions, cooldown) =>
        {
            var builder = new RuleSetBuilder("random", "0.1.0-beta.1").WithCooldownDays(cooldown).WithAssessmentWindowDays(cooldown + 1);
            for (var i = 0; i < conditions.Length; i++)
            {
                var condition = conditions[i];
                var priority = (RulePriority)(i % 4);
                builder.AddRule("r" + i, r => r.Titled("Rule " + i).Because("why", "source").When(condition).Refer("primary_care", priority).Tagged("t" + (i % 3)));
            }

            var first = RuleSetCompiler.Compile(builder.Build(), s_noProtected);
            if (!first.Succeeded)
            {
                return false.Label(first.ToString());
            }

            var json = RuleSetJson.Write(first.GetValueOrThrow().Model);
            var second = RuleSetJson.Load(json, s_noProtected);
            return (second.Succeeded && second.RuleSet.Stamp == first.RuleSet.Stamp && RuleSetJson.Write(second.RuleSet.Model) == json).Label(json);
        });

    [Theory]
    [InlineData("{ \"\": 1 }", "a fact key must not be empty")]
    [InlineData("{ \"phq9.total\": 1, \"phq9.total\": 2 }", "given twice")]
    [InlineData("{ \"phq9.total\": [1] }", "a fact value must be")]
    public void Load_BadTestFacts_AreErrorsNotExceptions(string facts, string fragment)
    {
        var json = Minimal.Replace("\n  ]\n}", "\n  ],\n  \"tests\": [ { \"name\": \"t\", \"facts\": " + facts + ", \"expect\": { \"recommendations\": [] } } ]\n}", StringComparison.Ordinal);

        var result = RuleSetJson.Load(json, s_noProtected);

        Assert.Contains(result.Problems, e => e.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_HugeUnknownNames_AreRejectedQuickly()
    {
        var key = new string('x', 500_000);
        var json = Minimal.Replace("\n  ]\n}", "\n  ],\n  \"" + key + "\": 1,\n  \"tests\": [ { \"name\": \"t\", \"facts\": { \"" + key + "\": 1 }, \"expect\": { \"recommendations\": [] } } ]\n}", StringComparison.Ordinal);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = RuleSetJson.Load(json, s_noProtected);

        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, e => Assert.True(e.Message.Length <= Problem.MaxMessageLength));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Load_OverrideOfANonProtectedRule_IsRejected()
    {
        var json = DefaultRulePack.Json.Replace("\"overrides\": []", "\"overrides\": [ { \"ruleId\": \"gad7-severe\", \"reason\": \"x\" } ]", StringComparison.Ordinal);

        Assert.Equal("error: /overrides/0/ruleId: 'gad7-severe' is not a protected rule, so it cannot be overridden", Assert.Single(RuleSetJson.Load(json, DefaultRulePack.CompileOptions).Problems).ToString());
    }
}
