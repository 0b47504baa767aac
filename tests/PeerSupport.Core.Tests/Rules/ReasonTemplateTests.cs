using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

/// <summary>A rule's reason template: placeholders bound at load, rendered per decision, serialized and hashed.</summary>
public sealed class ReasonTemplateTests
{
    private static RuleSetLoadResult Load(string reason) =>
        RuleSetCompiler.Compile(new RuleSetBuilder("t", "1.0.0")
            .AddRule("r", r => r.Titled("R").When("phq9.lastTotal >= 10").Explained(reason).Refer("licensed_clinician", RulePriority.Routine))
            .Build(), new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] });

    [Fact]
    public void Render_InsertsValuesDatesAndUnknown()
    {
        var set = Load("total {phq9.lastTotal} on {phq9.daysSince|date}, item 9 {phq9.lastItem9}, {count(incidents.conflict, 30d)} conflicts").GetValueOrThrow();

        var decision = set.Decide(Member, AsOf, Given(("phq9.lastTotal", 12), ("phq9.daysSince", 15), ("phq9.lastItem9", null), ("count(incidents.conflict, 30d)", 2)));

        Assert.Equal("R: total 12 on 2025-12-31, item 9 unknown, 2 conflicts", Assert.Single(Assert.Single(decision.Recommendations).Reasons));
    }

    [Fact]
    public void RecordInputs_RecordsTheFactsTheReasonRead_SoReplayGivesTheSameReason()
    {
        var set = Load("last on {phq9.daysSince|date}").GetValueOrThrow();
        var decision = set.Decide(Member, AsOf, Given(("phq9.lastTotal", 12), ("phq9.daysSince", 3)), null, DecisionOptions.RecordInputs);

        Assert.Contains(decision.Inputs!.Entries, e => e.Key == "phq9.daysSince");
        var replayed = DecisionJson.Replay(set, DecisionJson.WriteLogRecord(DecisionLogRecord.Create(decision)));
        Assert.True(replayed.Matches, string.Join("; ", replayed.Problems));
        Assert.Equal("R: last on 2026-01-12", Assert.Single(Assert.Single(replayed.GetValueOrThrow().Recommendations).Reasons));
    }

    [Theory]
    [InlineData("value {phq9.lastTotl}", "/rules/0/reason", "unknown fact 'phq9.lastTotl'; did you mean 'phq9.lastTotal'?")]
    [InlineData("value {phq9.lastTotal", "/rules/0/reason", "'{' without a closing '}'")]
    [InlineData("value phq9.lastTotal}", "/rules/0/reason", "'}' without a matching '{'")]
    [InlineData("group {group.acuity|date}", "/rules/0/reason", "'|date' needs a number of days")]
    [InlineData("{members.active}", "/rules/0/reason", "not available for member rules")]
    [InlineData("{phq9.total >= 3}", "/rules/0/reason", "must name a fact")]
    public void Load_BadPlaceholder_IsALocatedError(string reason, string path, string message)
    {
        var result = Load(reason);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Problems);
        Assert.Equal(path, error.JsonPointer);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTripsTheReason_AndItIsPartOfTheStamp()
    {
        var with = Load("total {phq9.lastTotal}").GetValueOrThrow();
        var without = Load(string.Empty).GetValueOrThrow();

        var json = RuleSetJson.Write(with.Model);
        Assert.Contains("\"reason\": \"total {phq9.lastTotal}\"", json, StringComparison.Ordinal);
        var reloaded = RuleSetJson.Load(json, new RuleSetCompileOptions { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] }).GetValueOrThrow();
        Assert.Equal(with.Stamp, reloaded.Stamp);
        Assert.NotEqual(with.Stamp.Sha256, without.Stamp.Sha256);
        Assert.DoesNotContain("\"reason\"", RuleSetJson.Write(without.Model), StringComparison.Ordinal);
    }
}
