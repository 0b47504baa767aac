using PeerSupport.Rules.Evaluation;
using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Tests.Evaluation;

/// <summary>
/// The reason rendered into one buffer on the decision path gives exactly the text of the plain reference rendering
/// (title, ": ", then each part appended the simple way), for numbers, dates, booleans, texts and unknowns.
/// </summary>
public sealed class ReasonRenderingTests
{
    private static readonly DateOnly s_asOf = new(2026, 3, 2);
    private static readonly DecisionSubject s_subject = DecisionSubject.Member("m-1", "g-1");
    private static readonly string s_longText = string.Concat(Enumerable.Repeat("very_long_band_", 60));

    private static readonly FactSchema s_schema = FactSchema.Create(
        [
            FactDefinition.Number("n", FactSubjects.Member, "Any number."),
            FactDefinition.Number("days", FactSubjects.Member, "A number of days."),
            FactDefinition.Boolean("flag", FactSubjects.Member, "A flag."),
            FactDefinition.Text("band", FactSubjects.Member, "A band.", ["low", s_longText]),
        ],
        ["clinician"],
        []);

    private static readonly CompiledRuleSet s_set = Compile("n = {n}, on {days|date} ({days} days), flag {flag}, band {band}; again {n}|{n}");

    private static CompiledRuleSet Compile(string reason)
    {
        var builder = new RuleSetBuilder("t", "1.0.0")
            .AddRule("r", r => r.Titled("Reason rendering rule").When("has(days) or not has(days)").Explained(reason).Refer("clinician", RulePriority.Routine));
        var result = RuleSetCompiler.Compile(builder.Build(), new RuleSetCompileOptions { Schema = s_schema });
        Assert.True(result.Succeeded, result.ToString());
        return result.RuleSet!;
    }

    public static TheoryData<double> Numbers => new()
    {
        0, 1, -1, 7, 20, 27, 999_999_999, -999_999_999, 1_000_000_000, -1_000_000_000, 123_456_789_012_345, 1e15, 1e16, 1e21, -1e21,
        0.5, -0.5, 0.1, 1.0 / 3, 2.675, 1e-7, 5e-324, double.MaxValue, double.MinValue, 12.000000000000002, 4503599627370496.5,
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Render_Number_IsTheReferenceText(double number) =>
        AssertSameAsReference(FactValue.FromNumber(number), FactValue.FromNumber(Math.Clamp(Math.Round(number), -1_000_000, 1_000_000)), FactValue.FromBoolean(number > 0), FactValue.FromText("low"));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(-3)]
    [InlineData(14.5)]
    [InlineData(15.5)]
    [InlineData(3650)]
    [InlineData(3651)]
    [InlineData(740_000)]
    [InlineData(-2_000_000)]
    public void Render_Date_IsTheReferenceText(double days) =>
        AssertSameAsReference(FactValue.FromNumber(2), FactValue.FromNumber(days), FactValue.FromBoolean(false), FactValue.FromText("low"));

    [Fact]
    public void Render_UnknownsAndALongText_IsTheReferenceText()
    {
        AssertSameAsReference(FactValue.Missing, FactValue.Absent, FactValue.Missing, FactValue.FromText(s_longText));
        AssertSameAsReference(FactValue.FromNumber(1), FactValue.FromNumber(3), FactValue.FromBoolean(true), FactValue.FromText(s_longText));
    }

    [Fact]
    public void Render_RandomValues_IsTheReferenceText()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 2000; i++)
        {
            var n = random.Next(4) switch
            {
                0 => FactValue.FromNumber(random.Next(-1000, 1000)),
                1 => FactValue.FromNumber((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-10, 25))),
                2 => FactValue.Missing,
                _ => FactValue.Absent,
            };
            var days = random.Next(3) == 0 ? FactValue.Missing : FactValue.FromNumber(random.Next(-5000, 5000) / (random.Next(2) == 0 ? 1.0 : 4.0));
            AssertSameAsReference(n, days, FactValue.FromBoolean(random.Next(2) == 0), FactValue.FromText(random.Next(5) == 0 ? s_longText : "low"));
        }
    }

    private static void AssertSameAsReference(FactValue n, FactValue days, FactValue flag, FactValue band)
    {
        var slots = s_set.CreateSlots();
        foreach (var request in s_set.Facts)
        {
            slots.Set(request.Slot, request.Name switch
            {
                "n" => n,
                "days" => days,
                "flag" => flag,
                _ => band,
            });
        }

        var rule = s_set.Rules[0];
        var expected = rule.Rule.Title + ": " + rule.Reason!.RenderReference(slots, s_asOf);

        var decision = s_set.Decide(s_subject, s_asOf, slots);

        Assert.Equal(expected, Assert.Single(Assert.Single(decision.Recommendations).Reasons));
    }
}
