using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Evaluation;

public sealed class FactSlotsTests
{
    private static readonly DateOnly s_asOf = new(2026, 3, 2);
    private static readonly DecisionSubject s_subject = DecisionSubject.Member("m-1", "g-1");

    private static readonly FactSchema s_schema = FactSchema.Create(
        [
            FactDefinition.Number("score", FactSubjects.Member, "A score 0–10.", 0, 10),
            FactDefinition.Number("other", FactSubjects.Member, "Another number."),
            FactDefinition.Text("band", FactSubjects.Member, "A band.", ["low", "high"]),
            FactDefinition.Boolean("flag", FactSubjects.Member, "A flag."),
            FactDefinition.Number("floor", FactSubjects.Member, "At least -2.5.", -2.5),
        ],
        ["clinician"],
        []);

    private static CompiledRuleSet Compile(params (string Id, string When)[] rules)
    {
        var builder = new RuleSetBuilder("t", "1.0.0");
        foreach (var (id, when) in rules)
        {
            builder.AddRule(id, r => r.Titled(id).When(when).Refer("clinician", RulePriority.Routine));
        }

        var result = RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = s_schema });
        Assert.True(result.Succeeded, result.ToString());
        return result.GetValueOrThrow();
    }

    private static FactSet Facts(params (string Key, FactValue Value)[] entries) =>
        FactSet.Create(entries.Select(e => new KeyValuePair<string, FactValue>(e.Key, e.Value)));

    private sealed class CountingReader(IFactReader inner) : IFactReader
    {
        public int Reads { get; private set; }

        public FactValue Read(in FactRequest request)
        {
            Reads++;
            return inner.Read(in request);
        }
    }

    [Fact]
    public void Fill_ReadsEachFactOnce_EvenWhenManyRulesReadIt()
    {
        var set = Compile(("a", "score >= 5"), ("b", "score >= 7 and other > 1"), ("c", "score + other >= 20"));
        var reader = new CountingReader(Facts(("score", FactValue.FromNumber(8)), ("other", FactValue.FromNumber(2))));

        var decision = set.Decide(s_subject, s_asOf, reader);

        Assert.Equal(2, reader.Reads);
        Assert.Equal(["a", "b"], Assert.Single(decision.Recommendations).RuleIds);
    }

    [Fact]
    public void Fill_OutOfRangeValue_FailsOnlyTheRulesThatReadIt()
    {
        var set = Compile(("reads-score", "score >= 5"), ("reads-other", "other >= 1"));

        var decision = set.Decide(s_subject, s_asOf, Facts(("score", FactValue.FromNumber(11)), ("other", FactValue.FromNumber(3))));

        var failure = Assert.Single(decision.Errors);
        Assert.Equal("reads-score", failure.RuleId);
        Assert.Contains("fact 'score' must be in 0–10", failure.Error, StringComparison.Ordinal);
        Assert.True(decision.NeedsReview);
        Assert.Equal("reads-other", Assert.Single(decision.Recommendations).RuleIds[0]);
    }

    [Fact]
    public void Fill_ReaderThatThrows_FailsTheRuleWithTheExceptionNamed()
    {
        var set = Compile(("r", "band = 'high'"));
        var slots = set.CreateSlots();

        slots.Fill(new ThrowingReader(), RuleSubject.Member);

        Assert.Equal(1, slots.ErrorCount);
        Assert.True(set.HasFindings(slots, RuleSubject.Member));
        Assert.Equal("InvalidOperationException: store offline", Assert.Single(set.Decide(s_subject, s_asOf, slots).Errors).Error);
    }

    [Fact]
    public void Set_ChecksTheDeclaration()
    {
        var set = Compile(("r", "band = 'high'"));
        var slots = set.CreateSlots();

        var error = Assert.Throws<ArgumentException>(() => slots.Set(0, FactValue.FromText("medium")));
        Assert.Contains("fact 'band' must be one of low, high", error.Message, StringComparison.Ordinal);

        slots.Set(0, FactValue.FromText("high"));
        Assert.True(set.HasFindings(slots, RuleSubject.Member));
    }

    [Fact]
    public void Set_AcceptsExactlyWhatTheFullCheckAccepts_AndStoresTheSameValue()
    {
        var set = Compile(("r", "score >= 5 and other >= 0 and band = 'low' and flag and floor >= 0"));
        var slots = set.CreateSlots();
        FactValue[] values =
        [
            FactValue.Absent, FactValue.Missing, FactValue.FromBoolean(true), FactValue.FromBoolean(false), FactValue.FromText("low"),
            FactValue.FromText("high"), FactValue.FromText("medium"), FactValue.FromText(string.Empty), FactValue.FromNumber(0), FactValue.FromNumber(-0.0),
            FactValue.FromNumber(10), FactValue.FromNumber(10.000000000000002), FactValue.FromNumber(-1e-300), FactValue.FromNumber(-2.5),
            FactValue.FromNumber(-2.5000000000000004), FactValue.FromNumber(5.5), FactValue.FromNumber(double.MaxValue), FactValue.FromNumber(double.MinValue),
        ];
        var checkedCount = 0;
        foreach (var request in set.Facts)
        {
            foreach (var value in values)
            {
                FactValue? expected;
                try
                {
                    expected = Values.Check(value, in request);
                }
                catch (RuleEvaluationException)
                {
                    expected = null;
                }

                if (expected is { } accepted)
                {
                    slots.Set(request.Slot, value);
                    Assert.Equal(accepted, slots[request.Slot]);
                }
                else
                {
                    var error = Assert.Throws<ArgumentException>(() => slots.Set(request.Slot, value));
                    Assert.Contains($"fact '{request.Key}' must be", error.Message, StringComparison.Ordinal);
                }

                checkedCount++;
            }
        }

        Assert.Equal(5 * values.Length, checkedCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => slots.Set(-1, FactValue.Absent));
        Assert.Throws<ArgumentOutOfRangeException>(() => slots.Set(set.Facts.Count, FactValue.Absent));
    }

    [Fact]
    public void Decide_SlotsOfAnotherSet_AreRejected()
    {
        var one = Compile(("r", "score >= 5"));
        var other = Compile(("r", "score >= 5"));

        Assert.Throws<ArgumentException>(() => one.Decide(s_subject, s_asOf, other.CreateSlots()));
    }

    [Fact]
    public void Fill_RefillingClearsTheLastSubject()
    {
        var set = Compile(("r", "score >= 5"));
        var slots = set.CreateSlots();

        slots.Fill(Facts(("score", FactValue.FromNumber(9))), RuleSubject.Member);
        slots.Fill(FactSet.Empty, RuleSubject.Member);

        Assert.Equal(FactValue.Absent, slots[0]);
        Assert.False(set.HasFindings(slots, RuleSubject.Member));
    }

    private sealed class ThrowingReader : IFactReader
    {
        public FactValue Read(in FactRequest request) => throw new InvalidOperationException("store offline");
    }
}
