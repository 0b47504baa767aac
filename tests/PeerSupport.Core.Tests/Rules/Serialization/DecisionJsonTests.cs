using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PeerSupport.Rules;
using PeerSupport.Rules.Serialization;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules.Serialization;

public sealed class DecisionJsonTests
{
    private static string LogLine(DecisionOptions extra = DecisionOptions.None)
    {
        var referral = new PriorReferral("ref-1", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 0), ("phq9.total", 21), ("gad7.total", null), ("group.acuity", "elevated")), [referral], DecisionOptions.RecordInputs | extra);
        return DecisionJson.WriteLogRecord(DecisionLogRecord.Create(decision));
    }

    [Theory]
    [InlineData(DecisionOptions.None)]
    [InlineData(DecisionOptions.Explain)]
    public void Replay_LoggedLine_MatchesOutcome(DecisionOptions extra)
    {
        var result = DecisionJson.Replay(DefaultRulePack.RuleSet, LogLine(extra));

        Assert.Empty(result.Problems);
        Assert.True(result.Matches);
        Assert.Single(result.GetValueOrThrow().Suppressed);
    }

    [Theory]
    [InlineData(DecisionOptions.None)]
    [InlineData(DecisionOptions.Explain)]
    public void Write_ToAWriter_GivesTheSameJsonAsTheString(DecisionOptions options)
    {
        var referral = new PriorReferral("ref-1", AsOf.AddDays(-2), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 1), ("phq9.total", 21), ("gad7.total", null)), [referral], options);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            DecisionJson.Write(writer, decision);
        }

        Assert.Equal(DecisionJson.Write(decision), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Throws<ArgumentException>(() => DecisionJson.Write(new Utf8JsonWriter(Stream.Null), default));
    }

    [Fact]
    public void Replay_TamperedInput_DoesNotMatch()
    {
        var line = LogLine().Replace("\"phq9.item9\":0", "\"phq9.item9\":2", StringComparison.Ordinal);

        var result = DecisionJson.Replay(DefaultRulePack.RuleSet, line);

        Assert.False(result.Matches);
        Assert.Equal(RulePriority.Stat, result.GetValueOrThrow().Recommendations[0].Priority);
    }

    [Fact]
    public void Replay_OtherRuleSet_IsAnError()
    {
        var other = RuleTestData.Single("phq9.total >= 10");

        var result = DecisionJson.Replay(other, LogLine());

        Assert.Null(result.Replayed);
        Assert.Equal("/ruleSet", Assert.Single(result.Problems).JsonPointer);
    }

    [Theory]
    [InlineData("{", "malformed JSON")]
    [InlineData("{\"asOf\":\"2026-13-01\"}", "'asOf' must be a date yyyy-MM-dd")]
    [InlineData("[1]", "must be an object")]
    [InlineData("{\"inputs\":{\"\":1}}", "an input must be")]
    public void Replay_MalformedRecord_ReportsErrors(string line, string fragment)
    {
        var result = DecisionJson.Replay(DefaultRulePack.RuleSet, line);

        Assert.Null(result.Replayed);
        Assert.Contains(result.Problems, e => e.Message.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Write_Explanation_ListsRenderedComparisons()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 1)), null, DecisionOptions.Explain);

        var json = DecisionJson.Write(decision);

        Assert.Contains("{\"ruleId\":\"phq9-item9\",\"result\":\"true\",\"comparisons\":[\"phq9.item9 = 1 ≥ 1 ✔\"]}", json, StringComparison.Ordinal);
        Assert.Contains("{\"ruleId\":\"phq9-severe\",\"result\":\"not_applicable\",\"comparisons\":[\"phq9.total = absent ≥ 20 ?\"]}", json, StringComparison.Ordinal);
    }
}
