using PeerSupport.Rules;
using PeerSupport.Rules.Evaluation;
using static PeerSupport.Core.Tests.Rules.RuleTestData;

namespace PeerSupport.Core.Tests.Rules;

public sealed class DecisionTests
{
    private sealed class ThrowingReader : IFactReader
    {
        public FactValue Read(in FactRequest request) => throw new InvalidOperationException("database unavailable");
    }

    private sealed class CountingReader(FactSet inner) : IFactReader
    {
        public int Reads { get; private set; }

        public FactValue Read(in FactRequest request)
        {
            Reads++;
            return inner.Read(in request);
        }
    }

    [Fact]
    public void Decide_ReaderThrows_EveryRuleFailsAndDecisionNeedsReview()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, new ThrowingReader());

        Assert.True(decision.NeedsReview);
        Assert.Empty(decision.Recommendations);
        Assert.Equal(11, decision.Errors.Count);
        Assert.All(decision.Errors, e => Assert.Equal("InvalidOperationException: database unavailable", e.Error));
    }

    [Fact]
    public void Decide_WrongFactType_IsAnErrorNotFalse()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", "yes")));

        var error = Assert.Single(decision.Errors);
        Assert.Equal("phq9-item9", error.RuleId);
        Assert.Equal("fact 'phq9.item9' must be a number, the reader returned a text", error.Error);
        Assert.True(decision.NeedsReview);
    }

    [Fact]
    public void Decide_OutOfRangeFact_IsAnError()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 4)));

        Assert.Contains("must be in 0–3", Assert.Single(decision.Errors).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UnknownTextValue_IsAnError()
    {
        var decision = RuleTestData.Single("group.acuity = 'elevated'").Decide(RuleTestData.Member, AsOf, Given(("group.acuity", "Elevated")));

        Assert.Single(decision.Errors);
    }

    [Fact]
    public void Decide_ErrorInOneOperandOfOr_StillAnError()
    {
        var set = RuleTestData.Single("phq9.total >= 1 or gad7.total >= 1");

        var decision = set.Decide(RuleTestData.Member, AsOf, Given(("phq9.total", 5), ("gad7.total", true)));

        Assert.Single(decision.Errors);
        Assert.Empty(decision.Recommendations);
    }

    [Fact]
    public void Decide_EveryOperandIsRead_NoShortCircuit()
    {
        var set = RuleTestData.Single("phq9.total >= 1 or gad7.total >= 1");
        var reader = new CountingReader(Given(("phq9.total", 5), ("gad7.total", 0)));

        set.Decide(RuleTestData.Member, AsOf, reader);

        Assert.Equal(2, reader.Reads);
    }

    [Fact]
    public void Decide_MergesPerActionAndTargetKeepingHighestPriorityAndAllReasons()
    {
        var set = Compile(new RuleSetBuilder("m", "1.0.0")
            .AddRule("a", r => r.Titled("A").When("phq9.total >= 10").Refer("licensed_clinician", RulePriority.Routine))
            .AddRule("b", r => r.Titled("B").When("gad7.total >= 10").Refer("licensed_clinician", RulePriority.Asap))
            .AddRule("c", r => r.Titled("C").When("gad7.total >= 10").Screen("phq9", RulePriority.Routine)));

        var decision = set.Decide(RuleTestData.Member, AsOf, Given(("phq9.total", 12), ("gad7.total", 12)));

        Assert.Equal(2, decision.Recommendations.Count);
        var refer = decision.Recommendations[0];
        Assert.Equal((RuleAction.Refer, RulePriority.Asap), (refer.Action, refer.Priority));
        Assert.Equal(["a", "b"], refer.RuleIds);
        Assert.Equal(["A", "B"], refer.Reasons);
        Assert.Equal(RuleAction.Screen, decision.Recommendations[1].Action);
    }

    [Fact]
    public void Decide_DisabledRule_IsNotEvaluated()
    {
        var set = Compile(new RuleSetBuilder("m", "1.0.0").AddRule("a", r => r.Titled("A").When("phq9.total >= 10").Refer("licensed_clinician", RulePriority.Routine).Disabled()));

        Assert.Empty(set.Decide(RuleTestData.Member, AsOf, Given(("phq9.total", 12))).Recommendations);
    }

    [Fact]
    public void Decide_RecordInputs_LogRecordReplaysToSameDecision()
    {
        var referral = new PriorReferral("ref-2", AsOf.AddDays(-3), "licensed_clinician", RulePriority.Urgent, ReferralStatus.Made);
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, Given(("phq9.item9", 0), ("phq9.total", 21), ("gad7.total", null)), [referral], DecisionOptions.RecordInputs);
        var record = DecisionLogRecord.Create(decision);

        var replayed = DefaultRulePack.RuleSet.Replay(record);

        Assert.Equal(PeerSupport.Rules.Serialization.DecisionJson.Write(decision), PeerSupport.Rules.Serialization.DecisionJson.Write(replayed));
        Assert.Equal(decision.DecisionId, replayed.DecisionId);
        Assert.Equal(FactValue.Missing, record.Inputs["gad7.total"]);
        Assert.Equal(FactValue.Absent, record.Inputs["k10.total"]);
        Assert.Single(replayed.Suppressed);
    }

    [Fact]
    public void Replay_WithAnotherRuleSet_Throws()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, FactSet.Empty, null, DecisionOptions.RecordInputs);
        var other = RuleTestData.Single("phq9.total >= 10");

        Assert.Throws<InvalidOperationException>(() => other.Replay(DecisionLogRecord.Create(decision)));
    }

    [Fact]
    public void LogRecord_WithoutInputs_Throws()
    {
        var decision = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, FactSet.Empty);

        Assert.Throws<ArgumentException>(() => DecisionLogRecord.Create(decision));
    }

    [Fact]
    public void Decide_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => DefaultRulePack.RuleSet.Decide(null!, AsOf, FactSet.Empty));
        Assert.Throws<ArgumentNullException>(() => DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, null!));
    }

    [Fact]
    public void DecisionId_DependsOnSubjectAndDate()
    {
        var a = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf, FactSet.Empty);
        var b = DefaultRulePack.RuleSet.Decide(DecisionSubject.Member("m-002", "g-01"), AsOf, FactSet.Empty);
        var c = DefaultRulePack.RuleSet.Decide(RuleTestData.Member, AsOf.AddDays(1), FactSet.Empty);

        Assert.Equal(3, new[] { a.DecisionId, b.DecisionId, c.DecisionId }.Distinct().Count());
    }

    [Fact]
    public void Decide_ConcurrentThreads_GiveTheSameDecisions()
    {
        var pack = DefaultRulePack.RuleSet;
        var inputs = Enumerable.Range(0, 200).Select(i => Given(("phq9.item9", i % 4), ("phq9.total", i % 28), ("gad7.total", i % 2 == 0 ? null : i % 22), ("attendance.consecutiveAbsences", i % 5))).ToArray();
        var serial = inputs.Select(f => PeerSupport.Rules.Serialization.DecisionJson.Write(pack.Decide(RuleTestData.Member, AsOf, f, null, DecisionOptions.Explain))).ToArray();

        var parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length * 5, i => parallel[i % inputs.Length] = PeerSupport.Rules.Serialization.DecisionJson.Write(pack.Decide(RuleTestData.Member, AsOf, inputs[i % inputs.Length], null, DecisionOptions.Explain)));

        Assert.Equal(serial, parallel);
    }
}
