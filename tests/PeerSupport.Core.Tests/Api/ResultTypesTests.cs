using PeerSupport.Datasets;
using PeerSupport.Instruments;
using PeerSupport.Rules;
using PeerSupport.Rules.Language;
using PeerSupport.Rules.Serialization;
using PeerSupport.Serialization;

namespace PeerSupport.Core.Tests.Api;

/// <summary>
/// Every result that carries a value or problems behaves the same: <c>Succeeded</c> says which, <c>GetValueOrThrow</c>
/// returns the value or throws an <see cref="InvalidOperationException"/> whose message lists the located problems.
/// </summary>
public sealed class ResultTypesTests
{
    private static readonly RuleSetCompileOptions s_noProtected = new() { Schema = PeerSupport.Rules.Facts.PeerSupportFacts.Schema, ProtectedRuleIds = [] };

    public static TheoryData<string, Func<object>, string> Failures() => new()
    {
        { "rule set", () => RuleSetJson.Load("""{ "id": "x", "version": "1.0.0", "rules": [], "rulez": [] }""", s_noProtected).GetValueOrThrow(), "/rulez" },
        { "condition", () => ConditionParser.Parse("phq9.total >=").GetValueOrThrow(), "1:14" },
        { "replay", () => DecisionJson.Replay(DefaultRulePack.RuleSet, "{").GetValueOrThrow(), "malformed JSON" },
        { "instrument", () => InstrumentDefinitionJson.Load("""{ "id": "X-1", "name": "X", "items": 0, "itemMax": 3 }""").GetValueOrThrow(), "/items" },
        { "dataset", () => DatasetJson.Read("""{ "members": 1 }""").GetValueOrThrow(), "/members" },
        { "score", () => BuiltInInstruments.Phq9.TryScore([0, 0, 0, 0, 0, 0, 0, 0, 4]).GetValueOrThrow(), "item 9" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void GetValueOrThrow_Failure_ThrowsInvalidOperationListingTheProblems(string what, Func<object> getValue, string located)
    {
        var ex = Assert.ThrowsAny<InvalidOperationException>(getValue);

        Assert.Contains(located, ex.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void GetValueOrThrow_Success_ReturnsTheValue()
    {
        var load = RuleSetJson.Load(DefaultRulePack.Json, DefaultRulePack.CompileOptions);
        var parse = ConditionParser.Parse("phq9.total >= 10");
        var score = BuiltInInstruments.Phq9.TryScore([0, 0, 0, 0, 0, 0, 0, 0, 1]);
        var instrument = InstrumentDefinitionJson.Load(InstrumentDefinitionJson.Write(BuiltInInstruments.Phq9));
        var dataset = DatasetJson.Read(DatasetJson.Serialize(SampleData.Dataset()));

        Assert.True(load.Succeeded && parse.Succeeded && score.Succeeded && instrument.Succeeded && dataset.Succeeded);
        Assert.Same(load.RuleSet, load.GetValueOrThrow());
        Assert.Same(parse.Expression, parse.GetValueOrThrow());
        Assert.Same(score.Score, score.GetValueOrThrow());
        Assert.Same(instrument.Definition, instrument.GetValueOrThrow());
        Assert.Same(dataset.Dataset, dataset.GetValueOrThrow());
    }

    [Fact]
    public void DatasetGetValueOrThrow_Failure_KeepsEveryProblemOnTheException()
    {
        var result = DatasetJson.Read("""{ "members": 1 }""");

        var ex = Assert.Throws<DatasetValidationException>(() => result.GetValueOrThrow());

        Assert.IsAssignableFrom<InvalidOperationException>(ex);
        Assert.Equal(result.Problems, ex.Problems);
    }

    [Theory]
    [InlineData("""{ "a": 1, "a": 2 }""", "/a", "duplicate-property")]
    [InlineData("""{ "a": "x\ud800" }""", "/a", "invalid-text")]
    public void EveryJsonReader_BadText_GivesTheSameLocatedProblem(string json, string pointer, string code)
    {
        var found = new IReadOnlyList<Problem>[]
        {
            RuleSetJson.Load(json, s_noProtected).Problems,
            DecisionJson.Replay(DefaultRulePack.RuleSet, json).Problems,
            InstrumentDefinitionJson.Load(json).Problems,
            DatasetJson.Read(json).Problems,
        };

        Assert.All(found, problems => Assert.Contains(problems, p => p.Code == code && p.JsonPointer == pointer));
    }

    [Fact]
    public void EveryJsonReader_MalformedJson_GivesTheSameLineAndColumn()
    {
        const string Json = "{\n  \"a\": 1,,\n}";

        var found = new[]
        {
            Assert.Single(RuleSetJson.Load(Json, s_noProtected).Problems),
            Assert.Single(DecisionJson.Replay(DefaultRulePack.RuleSet, Json).Problems),
            Assert.Single(InstrumentDefinitionJson.Load(Json).Problems),
            Assert.Single(DatasetJson.Read(Json).Problems),
        };

        Assert.All(found, p => Assert.Equal(("invalid-json", 2, found[0].Column), (p.Code, p.Line, p.Column)));
        Assert.All(found, p => Assert.StartsWith("malformed JSON", p.Message, StringComparison.Ordinal));
    }
}
