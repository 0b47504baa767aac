using FsCheck.Xunit;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class InstrumentDefinitionTests
{
    [Theory]
    [InlineData("PHQ-9", 8, 4, "PHQ-9 item 9 must be 0–3, was 4")]
    [InlineData("PHQ-9", 0, -1, "PHQ-9 item 1 must be 0–3, was -1")]
    [InlineData("K10", 0, 0, "K10 item 1 must be 1–5, was 0")]
    [InlineData("K10", 9, 6, "K10 item 10 must be 1–5, was 6")]
    [InlineData("WHO-5", 2, 6, "WHO-5 item 3 must be 0–5, was 6")]
    [InlineData("BARC-10", 4, 7, "BARC-10 item 5 must be 1–6, was 7")]
    public void Score_ItemOutOfRange_ThrowsNamingInstrumentItemAndRange(string id, int index, int value, string message)
    {
        var definition = InstrumentSamples.ById(id);
        var items = InstrumentSamples.ItemsSummingTo(definition, definition.TotalMin);
        items[index] = value;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => definition.Score(items));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.Equal("items", ex.ParamName);
    }

    [Fact]
    public void Score_WrongItemCount_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => BuiltInInstruments.Phq9.Score([0, 0, 0]));

        Assert.StartsWith("PHQ-9 expects 9 items, was 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryScore_SeveralItemsOutOfRange_ReportsEveryError()
    {
        var result = BuiltInInstruments.Phq9.TryScore([4, 0, 0, 0, -2, 0, 0, 0, 9]);

        Assert.False(result.Succeeded);
        Assert.Null(result.Score);
        Assert.Equal([1, 5, 9], result.Errors.Select(e => e.ItemNumber!.Value));
        Assert.Equal("PHQ-9 item 9 must be 0–3, was 9", result.Errors[2].Message);
        Assert.All(result.Errors, e => Assert.Equal(InstrumentId.Phq9, e.Instrument));
    }

    [Fact]
    public void TryScore_WrongCount_ReportsCountError()
    {
        var result = BuiltInInstruments.Gad7.TryScore([1, 1]);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Null(error.ItemNumber);
        Assert.Equal("GAD-7 expects 7 items, was 2", error.Message);
    }

    [Fact]
    public void TryScore_ValidItems_SameAsScore()
    {
        int?[] items = [1, 2, 3, 0, 1, 2, 3, 0, 1];

        var result = BuiltInInstruments.Phq9.TryScore(items);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Equal(BuiltInInstruments.Phq9.Score(items).Total, result.GetValueOrThrow().Total);
        Assert.Equal(13, result.Score.Total);
    }

    [Theory]
    [InlineData("PHQ-9", -1, "PHQ-9 total must be 0–27, was -1")]
    [InlineData("PHQ-9", 28, "PHQ-9 total must be 0–27, was 28")]
    [InlineData("K10", 9, "K10 total must be 10–50, was 9")]
    [InlineData("BARC-10", 61, "BARC-10 total must be 10–60, was 61")]
    public void ScoreTotal_OutOfRange_ThrowsAndTryScoreTotalReports(string id, int total, string message)
    {
        var definition = InstrumentSamples.ById(id);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => definition.ScoreTotal(total));
        var result = definition.TryScoreTotal(total);

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void TryScoreTotal_InRange_Succeeds()
    {
        var result = BuiltInInstruments.K10.TryScoreTotal(30);

        Assert.True(result.Succeeded);
        Assert.Equal("very high", result.GetValueOrThrow().Band!.Label);
    }

    [Fact]
    public void Score_CompleteItems_ReportsItemsAndCounts()
    {
        var score = BuiltInInstruments.Gad7.Score([3, 2, 1, 0, null, 1, 2]);

        Assert.Equal(11, score.Total); // 9 / 6 × 7 = 10.5, rounded half up
        Assert.Equal(6, score.AnsweredCount);
        Assert.Null(score.GetItem(5));
        Assert.Equal(3, score.GetItem(1));
        Assert.Equal([3, 2, 1, 0, null, 1, 2], score.Items);
        Assert.False(score.IsTotalOnly);
    }

    [Fact]
    public void GetItem_OutOfRange_Throws()
    {
        var score = BuiltInInstruments.Phq2.Score([1, 1]);

        Assert.Throws<ArgumentOutOfRangeException>(() => score.GetItem(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => score.GetItem(3));
    }

    [Fact]
    public void GetFlag_UnknownName_Throws()
        => Assert.Throws<KeyNotFoundException>(() => BuiltInInstruments.Phq9.ScoreTotal(3).GetFlag("nope"));

    [Fact]
    public void ToString_Score_SaysTotalBandOrReason()
    {
        Assert.Equal("PHQ-9 12 (moderate)", BuiltInInstruments.Phq9.ScoreTotal(12).ToString());
        Assert.Equal("PHQ-9 17 prorated (moderately severe)", BuiltInInstruments.Phq9.Score([2, 2, 2, 2, 2, 2, 2, null, 1]).ToString());
        Assert.Equal("PHQ-9 unknown (flag item 9 missing)", BuiltInInstruments.Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, null]).ToString());
    }

    [Theory]
    [InlineData(new[] { 1, 5, 1, 5 }, 4)] // reverse-keyed items 2 and 4: 5 counts as 1
    [InlineData(new[] { 5, 1, 5, 1 }, 20)]
    [InlineData(new[] { 3, 3, 3, 3 }, 12)]
    public void Score_ReverseKeyedItems_AreReversedInTotal(int[] answers, int expected)
    {
        var score = InstrumentSamples.ReverseKeyed.Score(answers.Select(a => (int?)a).ToArray());

        Assert.Equal(expected, score.Total);
        Assert.Equal(answers.Select(a => (int?)a), score.Items); // raw answers are kept
    }

    [Fact]
    public void Score_ReverseKeyedWithMissing_ProratesKeyedValues()
    {
        // Keyed: 5, (6 − 1) = 5, 5 → mean 5 × 4 = 20.
        var score = InstrumentSamples.ReverseKeyed.Score([5, 1, 5, null]);

        Assert.Equal(20, score.Total);
        Assert.True(score.IsProrated);
        Assert.Equal(true, score.IsCase);
    }

    [Fact]
    public void Score_SumSubscaleWithMissing_IsMeanTimesCount()
    {
        var score = InstrumentSamples.ReverseKeyed.Score([4, null, 3, 3]);

        Assert.Equal(8.0, score.GetSubscale("first-pair").Value); // only item 1 (4) answered: 4 × 2
        Assert.Equal(1, score.GetSubscale("first-pair").AnsweredCount);
    }

    [Fact]
    public void Score_GcqS_SubscalesAreMeansOfAnswered()
    {
        //                                  1  2  3  4  5  6  7  8  9  10 11 12
        var score = InstrumentSamples.GcqS.Score([6, 4, 1, 5, 2, 0, 1, 3, null, 2, 2, 1]);

        Assert.Null(score.Total);
        Assert.Equal("GCQ-S has no total score", score.UnknownReason);
        Assert.Equal(4.0, score.GetSubscale("engaged").Value); // (6 + 4 + 5 + 3 + 2) / 5
        Assert.Equal(1.5, score.GetSubscale("avoiding").Value); // (1 + 2) / 2, item 9 missing
        Assert.Equal(1.0, score.GetSubscale("conflict").Value); // (0 + 1 + 2 + 1) / 4
    }

    [Fact]
    public void Score_GcqSFourMissing_StillValid()
    {
        var score = InstrumentSamples.GcqS.Score([6, null, 1, null, 2, null, 1, null, 3, 2, 2, 1]);

        Assert.Equal(8, score.AnsweredCount);
        Assert.All(score.Subscales, s => Assert.NotNull(s.Value));
    }

    [Fact]
    public void Score_GcqSFiveMissing_EverySubscaleUnknown()
    {
        var score = InstrumentSamples.GcqS.Score([6, null, 1, null, 2, null, 1, null, null, 2, 2, 1]);

        Assert.All(score.Subscales, s =>
        {
            Assert.Null(s.Value);
            Assert.Equal("only 7 items answered, at least 8 required", s.UnknownReason);
        });
    }

    [Fact]
    public void ScoreTotal_InstrumentWithoutTotal_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => InstrumentSamples.GcqS.ScoreTotal(3));
        Assert.Equal("GCQ-S has no total score", Assert.Single(InstrumentSamples.GcqS.TryScoreTotal(3).Errors).Message);
    }

    [Fact]
    public void ScoreTotal_WithSubscales_SubscalesUnknown()
    {
        var score = InstrumentSamples.ReverseKeyed.ScoreTotal(10);

        Assert.Null(score.GetSubscale("first-pair").Value);
        Assert.Equal("items unknown (total-only assessment)", score.GetSubscale("first-pair").UnknownReason);
    }

    [Fact]
    public void Score_SubscaleBelowItsMinimum_Unknown()
    {
        var definition = BuildCustom(b => b.Subscales.Add(new SubscaleDefinition("pair", [1, 2], SubscaleAggregation.Mean, 2)));

        var score = definition.Score([1, null, 1, 1]);

        Assert.Null(score.GetSubscale("pair").Value);
        Assert.Equal("1 of 2 items answered, at least 2 required", score.GetSubscale("pair").UnknownReason);
    }

    [Fact]
    public void WithMaxProratedItems_Copy_ChangesOnlyTheLimit()
    {
        var strict = BuiltInInstruments.K10.WithMaxProratedItems(0);

        Assert.Equal(0, strict.MaxProratedItems);
        Assert.Equal(2, BuiltInInstruments.K10.MaxProratedItems);
        Assert.NotEqual(BuiltInInstruments.K10, strict);
        Assert.Equal(BuiltInInstruments.K10, strict.WithMaxProratedItems(2));
        Assert.Null(strict.Score([1, 1, 1, 1, 1, 1, 1, 1, 1, null]).Total);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(9)]
    public void WithMaxProratedItems_OutOfRange_Throws(int limit)
        => Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInInstruments.Phq9.WithMaxProratedItems(limit));

    [Fact]
    public void BandFor_OutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInInstruments.Phq9.BandFor(28));
        Assert.StartsWith("PHQ-9 total must be 0–27, was 28", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_ToBuilderRoundTrip_IsEqual()
    {
        foreach (var definition in BuiltInInstruments.All)
        {
            var copy = definition.ToBuilder().Build();
            Assert.Equal(definition, copy);
            Assert.Equal(definition.GetHashCode(), copy.GetHashCode());
            Assert.NotSame(definition, copy);
        }
    }

    [Fact]
    public void Equals_DifferentDefinitions_NotEqual()
    {
        Assert.NotEqual(BuiltInInstruments.Phq9, BuiltInInstruments.Gad7);
        Assert.False(BuiltInInstruments.Phq9.Equals(null));
        var renamed = BuiltInInstruments.Phq9.ToBuilder();
        renamed.Name = "Other";
        Assert.NotEqual(BuiltInInstruments.Phq9, renamed.Build());
    }

    [Theory]
    [InlineData("PHQ-9", 15, 9, ChangeClassification.ReliableImprovement)] // drop of exactly 6
    [InlineData("PHQ-9", 15, 10, ChangeClassification.NoReliableChange)] // drop of 5
    [InlineData("PHQ-9", 10, 16, ChangeClassification.ReliableDeterioration)]
    [InlineData("PHQ-9", 10, 15, ChangeClassification.NoReliableChange)]
    [InlineData("GAD-7", 12, 8, ChangeClassification.ReliableImprovement)] // drop of exactly 4
    [InlineData("GAD-7", 12, 9, ChangeClassification.NoReliableChange)]
    [InlineData("GAD-7", 5, 9, ChangeClassification.ReliableDeterioration)]
    [InlineData("WHO-5", 10, 13, ChangeClassification.ReliableImprovement)] // 40 → 52 %: +12 points, higher is better
    [InlineData("WHO-5", 10, 12, ChangeClassification.NoReliableChange)] // +8 points
    [InlineData("WHO-5", 12, 9, ChangeClassification.ReliableDeterioration)] // −12 points
    [InlineData("K10", 40, 10, ChangeClassification.NotEstablished)]
    [InlineData("BARC-10", 20, 60, ChangeClassification.NotEstablished)]
    public void ClassifyChange_Totals_UsesReliableChangeAndDirection(string id, int baseline, int latest, ChangeClassification expected)
        => Assert.Equal(expected, InstrumentSamples.ById(id).ClassifyChange(baseline, latest));

    [Fact]
    public void ClassifyChange_UnknownTotal_Unknown()
    {
        var known = BuiltInInstruments.Phq9.ScoreTotal(20);
        var unknown = BuiltInInstruments.Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, null]);

        Assert.Equal(ChangeClassification.Unknown, BuiltInInstruments.Phq9.ClassifyChange(known, unknown));
        Assert.Equal(ChangeClassification.ReliableImprovement, BuiltInInstruments.Phq9.ClassifyChange(known, BuiltInInstruments.Phq9.ScoreTotal(3)));
    }

    [Fact]
    public void ClassifyChange_OtherInstrumentOrRange_Throws()
    {
        Assert.Throws<ArgumentException>(() => BuiltInInstruments.Phq9.ClassifyChange(BuiltInInstruments.Gad7.ScoreTotal(3), BuiltInInstruments.Phq9.ScoreTotal(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BuiltInInstruments.Phq9.ClassifyChange(0, 28));
        Assert.Throws<InvalidOperationException>(() => InstrumentSamples.GcqS.ClassifyChange(0, 1));
    }

    [Fact]
    public void HigherIsBetter_OnlyWho5AndBarc10()
        => Assert.Equal(["WHO-5", "BARC-10"], BuiltInInstruments.All.Where(d => d.HigherIsBetter).Select(d => d.Id.Value));

    // Properties ---------------------------------------------------------------------------------

    private static readonly InstrumentDefinition[] s_all =
        [.. BuiltInInstruments.All, InstrumentSamples.ReverseKeyed, BuiltInInstruments.Phq9.WithMaxProratedItems(8), BuiltInInstruments.K10.WithMaxProratedItems(9)];

    [Property(MaxTest = 300)]
    public void Score_RaisingOneItem_NeverLowersTotalOrBand_ReverseKeyedTheOpposite(int pick, int position, int[] raw)
    {
        var definition = s_all[Math.Abs(pick % s_all.Length)];
        var items = InstrumentSamples.ItemsFrom(definition, raw, allowMissing: true);
        var index = Math.Abs(position % definition.ItemCount);
        if (items[index] is not { } value || value == definition.ItemMax)
        {
            return;
        }

        var before = definition.Score(items);
        items[index] = value + 1;
        var after = definition.Score(items);

        Assert.Equal(before.Total is null, after.Total is null);
        if (before.Total is not { } b || after.Total is not { } a)
        {
            return;
        }

        var reversed = definition.ReverseKeyedItems.Contains(index + 1);
        Assert.True(reversed ? a <= b : a >= b, $"{definition.Id} item {index + 1}: {b} → {a}");
        if (definition.Bands.Count > 0)
        {
            var bandBefore = IndexOfBand(definition, before.Band!);
            var bandAfter = IndexOfBand(definition, after.Band!);
            Assert.True(reversed ? bandAfter <= bandBefore : bandAfter >= bandBefore);
        }
    }

    [Property(MaxTest = 300)]
    public void Score_FlagItemMissing_NeverImputedAndFlagNeverNotRaised(int pick, int position, int[] raw)
    {
        var definition = s_all[Math.Abs(pick % s_all.Length)];
        if (definition.FlagItems.Count == 0)
        {
            return;
        }

        var items = InstrumentSamples.ItemsFrom(definition, raw, allowMissing: true);
        var flagItem = definition.FlagItems[Math.Abs(position % definition.FlagItems.Count)];
        items[flagItem - 1] = null;

        var score = definition.Score(items);

        Assert.Null(score.Total);
        Assert.False(score.IsProrated);
        Assert.All(score.Flags.Where(f => f.Flag.Items.Contains(flagItem)), f => Assert.NotEqual(FlagState.NotRaised, f.State));
    }

    [Property(MaxTest = 300)]
    public void Score_AnyValidItems_TotalInRangeWithBand(int pick, int[] raw, bool allowMissing)
    {
        var definition = s_all[Math.Abs(pick % s_all.Length)];
        var items = InstrumentSamples.ItemsFrom(definition, raw, allowMissing);

        var score = definition.Score(items);

        Assert.Equal(items.Any(i => i is null) && score.Total is not null, score.IsProrated);
        if (score.Total is { } total)
        {
            Assert.InRange(total, definition.TotalMin, definition.TotalMax);
            Assert.Null(score.UnknownReason);
            Assert.Equal(definition.Bands.Count > 0, score.Band is not null);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(score.UnknownReason));
        }
    }

    [Property(MaxTest = 200)]
    public void Score_CompleteItems_TotalIsKeyedSum(int pick, int[] raw)
    {
        var definition = s_all[Math.Abs(pick % s_all.Length)];
        var items = InstrumentSamples.ItemsFrom(definition, raw, allowMissing: false);

        var score = definition.Score(items);

        var expected = items.Select((v, i) => definition.ReverseKeyedItems.Contains(i + 1) ? definition.ItemMin + definition.ItemMax - v!.Value : v!.Value).Sum();
        Assert.Equal(expected, score.Total);
        Assert.False(score.IsProrated);
    }

    [Property(MaxTest = 300)]
    public void ClassifyChange_Swapped_ImprovementBecomesDeterioration(int pick, int a, int b)
    {
        var definition = BuiltInInstruments.All[Math.Abs(pick % BuiltInInstruments.All.Count)];
        var width = definition.TotalMax - definition.TotalMin + 1;
        var x = definition.TotalMin + Math.Abs(a % width);
        var y = definition.TotalMin + Math.Abs(b % width);

        var forward = definition.ClassifyChange(x, y);
        var backward = definition.ClassifyChange(y, x);

        var expected = forward switch
        {
            ChangeClassification.ReliableImprovement => ChangeClassification.ReliableDeterioration,
            ChangeClassification.ReliableDeterioration => ChangeClassification.ReliableImprovement,
            _ => forward,
        };
        Assert.Equal(expected, backward);
        Assert.Equal(definition.ReliableChange is null, forward == ChangeClassification.NotEstablished);
    }

    private static int IndexOfBand(InstrumentDefinition definition, SeverityBand band) => definition.Bands.ToList().IndexOf(band);

    private static InstrumentDefinition BuildCustom(Action<InstrumentDefinitionBuilder> configure)
    {
        var builder = new InstrumentDefinitionBuilder { Id = InstrumentId.Create("CUSTOM-4"), Name = "Custom", ItemCount = 4, ItemMin = 0, ItemMax = 3 };
        configure(builder);
        return builder.Build();
    }
}
