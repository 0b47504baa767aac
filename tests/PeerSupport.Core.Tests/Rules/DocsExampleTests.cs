using Microsoft.Extensions.Time.Testing;
using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Facts;
using PeerSupport.Rules.Serialization;

namespace PeerSupport.Core.Tests.Rules;

/// <summary>The embedding examples of docs/rules.md, compiled and run so the docs cannot rot.</summary>
public sealed class DocsExampleTests
{
    [Fact]
    public void EmbeddingExample_Runs()
    {
        var timeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 1, 15, 9, 0, 0, TimeSpan.Zero));
        using var auditLog = new StringWriter();

        var engine = DefaultRulePack.CreateEngine(new ReferralEngineOptions { TimeZone = TimeZoneInfo.Utc });
        var load = engine.TryUpdate(DefaultRulePack.Json);
        Assert.True(load.Succeeded, load.ToString());

        var facts = FactSet.Create([new("phq9.item9", FactValue.FromNumber(2)), new("phq9.total", FactValue.FromNumber(14))]);
        var decision = engine.Evaluate(DecisionSubject.Member("m-001", "g-01"), timeProvider.GetUtcNow(), facts,
            referrals: [], options: DecisionOptions.Explain | DecisionOptions.RecordInputs);

        var lines = decision.Explanation!.SelectMany(rule => rule.Comparisons.Select(c => $"{rule.RuleId}: {c}")).ToList();
        auditLog.WriteLine(DecisionJson.WriteLogRecord(DecisionLogRecord.Create(decision)));

        Assert.Contains("phq9-item9: phq9.item9 = 2 ≥ 1 ✔", lines);
        Assert.True(DecisionJson.Replay(engine.Current, auditLog.ToString().TrimEnd()).Matches);
    }

    [Fact]
    public void BuilderExample_Compiles()
    {
        var set = new RuleSetBuilder("local", "1.0.0")
            .AddRules(DefaultRulePack.RuleSet.Model)
            .AddRule("waitlist-gad7", r => r.Titled("Severe anxiety while on the waitlist")
                .Because("Local pathway", "Clinical governance minute 2026-02")
                .When("gad7.total >= 15 and not referral.open('licensed_clinician')")
                .Refer("licensed_clinician", RulePriority.Asap))
            .Build();

        var result = RuleSetCompiler.Compile(set, DefaultRulePack.CompileOptions);

        Assert.True(result.Succeeded, result.ToString());
        var decision = result.GetValueOrThrow().Decide(RuleTestData.Member, RuleTestData.AsOf, RuleTestData.Given(("gad7.total", 16), ("referral.open('licensed_clinician')", false)));
        Assert.Equal(RulePriority.Asap, Assert.Single(decision.Recommendations).Priority);
    }

    [Fact]
    public void ReasonAndEscalationExample_Runs()
    {
        var local = new RuleSetBuilder("local", "1.1.0")
            .AddRules(DefaultRulePack.RuleSet.Model)
            .WithEscalation(EscalationSettings.Default with { UrgentAfterDays = 5 })
            .AddRule("k10-rising", r => r.Titled("K10 very high again")
                .Because("Local pathway", "Clinical governance minute 2026-03")
                .When("k10.lastTotal >= 30 and k10.daysSince <= 7")
                .Explained("K10 {k10.lastTotal} on {k10.daysSince|date}")
                .Refer("licensed_clinician", RulePriority.Urgent))
            .Build();

        var result = RuleSetCompiler.Compile(local, DefaultRulePack.CompileOptions);

        Assert.True(result.Succeeded, result.ToString());
        var decision = result.GetValueOrThrow().Decide(RuleTestData.Member, RuleTestData.AsOf, RuleTestData.Given(("k10.lastTotal", 34), ("k10.daysSince", 3)));
        Assert.Equal("K10 very high again: K10 34 on 2026-01-12", Assert.Single(Assert.Single(decision.Recommendations).Reasons));
        Assert.Equal(5, result.RuleSet.Settings.Escalation.UrgentAfterDays);

        var data = new Facts.RuleDatasets();
        var engine = new ReferralEngine(result.RuleSet);
        Decision? one = engine.EvaluateMember(data.Build(), PeerSupport.Domain.MemberId.Create("M1"), Facts.RuleDatasets.AsOf);
        Assert.NotNull(one);
    }
}
