using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class BuiltInInstrumentsTests
{
    [Theory]
    [InlineData("PHQ-9", 9, 0, 3, 0, 27)]
    [InlineData("PHQ-2", 2, 0, 3, 0, 6)]
    [InlineData("GAD-7", 7, 0, 3, 0, 21)]
    [InlineData("WHO-5", 5, 0, 5, 0, 25)]
    [InlineData("K10", 10, 1, 5, 10, 50)]
    [InlineData("K6", 6, 0, 4, 0, 24)]
    [InlineData("BARC-10", 10, 1, 6, 10, 60)]
    public void Definition_BuiltIn_HasDocumentedItemsAndTotalRange(string id, int items, int itemMin, int itemMax, int totalMin, int totalMax)
    {
        var definition = InstrumentSamples.ById(id);

        Assert.Equal(items, definition.ItemCount);
        Assert.Equal(itemMin, definition.ItemMin);
        Assert.Equal(itemMax, definition.ItemMax);
        Assert.Equal(totalMin, definition.TotalMin);
        Assert.Equal(totalMax, definition.TotalMax);
        Assert.True(definition.HasTotal);
        Assert.NotEmpty(definition.Licence);
        Assert.NotEmpty(definition.Source);
    }

    // Both sides of every band boundary, plus both ends of every range.
    [Theory]
    [InlineData("PHQ-9", 0, "minimal")]
    [InlineData("PHQ-9", 4, "minimal")]
    [InlineData("PHQ-9", 5, "mild")]
    [InlineData("PHQ-9", 9, "mild")]
    [InlineData("PHQ-9", 10, "moderate")]
    [InlineData("PHQ-9", 14, "moderate")]
    [InlineData("PHQ-9", 15, "moderately severe")]
    [InlineData("PHQ-9", 19, "moderately severe")]
    [InlineData("PHQ-9", 20, "severe")]
    [InlineData("PHQ-9", 27, "severe")]
    [InlineData("GAD-7", 0, "minimal")]
    [InlineData("GAD-7", 4, "minimal")]
    [InlineData("GAD-7", 5, "mild")]
    [InlineData("GAD-7", 9, "mild")]
    [InlineData("GAD-7", 10, "moderate")]
    [InlineData("GAD-7", 14, "moderate")]
    [InlineData("GAD-7", 15, "severe")]
    [InlineData("GAD-7", 21, "severe")]
    [InlineData("K10", 10, "low")]
    [InlineData("K10", 15, "low")]
    [InlineData("K10", 16, "moderate")]
    [InlineData("K10", 21, "moderate")]
    [InlineData("K10", 22, "high")]
    [InlineData("K10", 29, "high")]
    [InlineData("K10", 30, "very high")]
    [InlineData("K10", 50, "very high")]
    [InlineData("K6", 0, "low")]
    [InlineData("K6", 4, "low")]
    [InlineData("K6", 5, "moderate")]
    [InlineData("K6", 12, "moderate")]
    [InlineData("K6", 13, "serious")]
    [InlineData("K6", 24, "serious")]
    public void Score_TotalAtBandBoundary_FallsInDocumentedBand(string id, int total, string band)
    {
        var definition = InstrumentSamples.ById(id);

        var fromItems = definition.Score(InstrumentSamples.ItemsSummingTo(definition, total));
        var fromTotal = definition.ScoreTotal(total);

        Assert.Equal(total, fromItems.Total);
        Assert.Equal(band, fromItems.Band?.Label);
        Assert.Equal(band, fromTotal.Band?.Label);
    }

    [Theory]
    [InlineData("PHQ-2")]
    [InlineData("WHO-5")]
    [InlineData("BARC-10")]
    public void Score_InstrumentWithoutBands_HasNoBand(string id)
    {
        var definition = InstrumentSamples.ById(id);

        Assert.Empty(definition.Bands);
        Assert.Null(definition.ScoreTotal(definition.TotalMax).Band);
    }

    [Theory]
    [InlineData("PHQ-9", "caseness", 9, false)]
    [InlineData("PHQ-9", "caseness", 10, true)]
    [InlineData("PHQ-9", "more-severe", 15, false)]
    [InlineData("PHQ-9", "more-severe", 16, true)]
    [InlineData("PHQ-2", "full-phq9", 2, false)]
    [InlineData("PHQ-2", "full-phq9", 3, true)]
    [InlineData("PHQ-2", "sensitive", 1, false)]
    [InlineData("PHQ-2", "sensitive", 2, true)]
    [InlineData("GAD-7", "caseness", 7, false)]
    [InlineData("GAD-7", "caseness", 8, true)]
    [InlineData("WHO-5", "low-wellbeing", 12, true)]
    [InlineData("WHO-5", "low-wellbeing", 13, false)]
    [InlineData("K6", "moderate", 4, false)]
    [InlineData("K6", "moderate", 5, true)]
    [InlineData("K6", "serious", 12, false)]
    [InlineData("K6", "serious", 13, true)]
    [InlineData("BARC-10", "sustained-remission", 46, false)]
    [InlineData("BARC-10", "sustained-remission", 47, true)]
    public void Score_TotalAtCutoff_MeetsCutoffOnlyOnDocumentedSide(string id, string cutoffName, int cutoffTotal, bool expected)
    {
        var definition = InstrumentSamples.ById(id);

        var score = definition.Score(InstrumentSamples.ItemsSummingTo(definition, cutoffTotal));

        Assert.Equal(expected, score.Cutoffs.Single(c => c.Cutoff.Name == cutoffName).IsMet);
    }

    [Theory]
    [InlineData("PHQ-9", 9, false)]
    [InlineData("PHQ-9", 10, true)]
    [InlineData("GAD-7", 7, false)]
    [InlineData("GAD-7", 8, true)]
    public void IsCase_AtCasenessBoundary_FollowsCutoff(string id, int total, bool expected)
        => Assert.Equal(expected, InstrumentSamples.ById(id).ScoreTotal(total).IsCase);

    [Theory]
    [InlineData("PHQ-2")]
    [InlineData("WHO-5")]
    [InlineData("K10")]
    [InlineData("K6")]
    [InlineData("BARC-10")]
    public void IsCase_InstrumentWithoutCaseness_IsNull(string id)
        => Assert.Null(InstrumentSamples.ById(id).ScoreTotal(InstrumentSamples.ById(id).TotalMax).IsCase);

    [Theory]
    [InlineData("PHQ-9", 6.0)]
    [InlineData("GAD-7", 4.0)]
    [InlineData("WHO-5", 10.0)]
    public void ReliableChange_BuiltIn_IsDocumentedValue(string id, double expected)
        => Assert.Equal(expected, InstrumentSamples.ById(id).ReliableChange);

    [Theory]
    [InlineData("PHQ-2")]
    [InlineData("K10")]
    [InlineData("K6")]
    [InlineData("BARC-10")]
    public void ReliableChange_NotEstablished_IsNull(string id) => Assert.Null(InstrumentSamples.ById(id).ReliableChange);

    [Theory]
    [InlineData("PHQ-9", 1)]
    [InlineData("PHQ-2", 0)]
    [InlineData("GAD-7", 1)]
    [InlineData("WHO-5", 0)]
    [InlineData("K10", 2)]
    [InlineData("K6", 1)]
    [InlineData("BARC-10", 1)]
    public void MaxProratedItems_BuiltIn_IsDocumentedLimit(string id, int expected)
        => Assert.Equal(expected, InstrumentSamples.ById(id).MaxProratedItems);

    // At the limit: the listed items are answered, the last `limit` items are missing (never PHQ-9 item 9).
    [Theory]
    [InlineData("PHQ-9", new[] { 2, 2, 2, 2, 2, 2, 2, -1, 1 }, 17)] // 15 / 8 × 9 = 16.875
    [InlineData("GAD-7", new[] { 3, 3, 3, 0, 0, 0, -1 }, 11)] // 9 / 6 × 7 = 10.5, half up (not to even)
    [InlineData("K10", new[] { 3, 3, 3, 3, 3, 3, 3, 3, -1, -1 }, 30)] // 24 / 8 × 10
    [InlineData("K6", new[] { 4, 4, 4, 4, 4, -1 }, 24)] // 20 / 5 × 6
    [InlineData("K6", new[] { 1, 0, 0, 0, 0, -1 }, 1)] // 1 / 5 × 6 = 1.2
    [InlineData("BARC-10", new[] { 6, 6, 6, 6, 6, 6, 6, 6, 6, -1 }, 60)] // 54 / 9 × 10
    [InlineData("BARC-10", new[] { 1, 1, 1, 1, 1, 1, 1, 1, 2, -1 }, 11)] // 10 / 9 × 10 = 11.1
    public void Score_MissingAtLimit_ProratesHalfUp(string id, int[] answers, int expected)
    {
        var definition = InstrumentSamples.ById(id);

        var score = definition.Score(answers.Select(a => a < 0 ? (int?)null : a).ToArray());

        Assert.Equal(expected, score.Total);
        Assert.True(score.IsProrated);
        Assert.Null(score.UnknownReason);
    }

    [Theory]
    [InlineData("PHQ-9", 2, "2 items missing, at most 1 may be prorated")]
    [InlineData("PHQ-2", 1, "1 item missing, none may be prorated")]
    [InlineData("GAD-7", 2, "2 items missing, at most 1 may be prorated")]
    [InlineData("WHO-5", 1, "1 item missing, none may be prorated; flag item 1 missing")]
    [InlineData("K10", 3, "3 items missing, at most 2 may be prorated")]
    [InlineData("K6", 2, "2 items missing, at most 1 may be prorated")]
    [InlineData("BARC-10", 2, "2 items missing, at most 1 may be prorated")]
    public void Score_MissingOverLimit_TotalUnknownWithReason(string id, int missing, string reason)
    {
        var definition = InstrumentSamples.ById(id);
        var items = InstrumentSamples.ItemsSummingTo(definition, definition.TotalMax);
        for (var i = 0; i < missing; i++)
        {
            items[i] = null; // the first items: never a flag item here (PHQ-9's is item 9)
        }

        var score = definition.Score(items);

        Assert.Null(score.Total);
        Assert.False(score.IsProrated);
        Assert.Null(score.Band);
        Assert.Null(score.TransformedTotal);
        Assert.Equal(reason, score.UnknownReason);
        Assert.All(score.Cutoffs, c => Assert.Null(c.IsMet));
    }

    [Fact]
    public void Score_Phq9Item9Missing_TotalUnknownAndFlagUnknown()
    {
        var score = BuiltInInstruments.Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, null]);

        Assert.Null(score.Total);
        Assert.Equal("flag item 9 missing", score.UnknownReason);
        Assert.Equal(FlagState.Unknown, score.GetFlag("safety-check"));
        Assert.Null(score.IsCase);
    }

    [Fact]
    public void Score_Phq9Item9AndAnotherMissing_GivesBothReasons()
    {
        var score = BuiltInInstruments.Phq9.Score([null, 0, 0, 0, 0, 0, 0, 0, null]);

        Assert.Null(score.Total);
        Assert.Equal("2 items missing, at most 1 may be prorated; flag item 9 missing", score.UnknownReason);
    }

    [Fact]
    public void Score_Phq9Item9MissingEvenWithHigherLimit_NeverImputed()
    {
        var lenient = BuiltInInstruments.Phq9.WithMaxProratedItems(8);

        var score = lenient.Score([3, 3, 3, 3, 3, 3, 3, 3, null]);

        Assert.Null(score.Total);
        Assert.Equal(FlagState.Unknown, score.GetFlag("safety-check"));
    }

    [Theory]
    [InlineData(0, FlagState.NotRaised)]
    [InlineData(1, FlagState.Raised)]
    [InlineData(3, FlagState.Raised)]
    public void Score_Phq9Item9_RaisesSafetyCheckAboveZero(int item9, FlagState expected)
    {
        var score = BuiltInInstruments.Phq9.Score([0, 0, 0, 0, 0, 0, 0, 0, item9]);

        Assert.Equal(expected, score.GetFlag("safety-check"));
        Assert.Equal(expected == FlagState.Raised, score.RaisedFlags.Contains("safety-check"));
    }

    [Fact]
    public void Score_Phq9Item9PositiveWithTotalUnknown_StillRaisesFlag()
    {
        var score = BuiltInInstruments.Phq9.Score([null, null, null, null, null, 0, 0, 0, 2]);

        Assert.Null(score.Total);
        Assert.Equal(FlagState.Raised, score.GetFlag("safety-check"));
    }

    [Fact]
    public void ScoreTotal_Phq9_ItemFactsAndFlagUnknown()
    {
        var score = BuiltInInstruments.Phq9.ScoreTotal(12);

        Assert.True(score.IsTotalOnly);
        Assert.Equal(12, score.Total);
        Assert.Equal("moderate", score.Band?.Label);
        Assert.Null(score.GetItem(9));
        Assert.Empty(score.Items);
        Assert.Equal(FlagState.Unknown, score.GetFlag("safety-check"));
    }

    [Theory]
    [InlineData(new[] { 5, 5, 5, 5, 5 }, FlagState.NotRaised)]
    [InlineData(new[] { 3, 3, 3, 2, 2 }, FlagState.NotRaised)] // raw 13, every item ≥ 2
    [InlineData(new[] { 3, 3, 2, 2, 2 }, FlagState.Raised)] // raw 12
    [InlineData(new[] { 5, 5, 5, 5, 1 }, FlagState.Raised)] // one item ≤ 1
    [InlineData(new[] { 0, 5, 5, 5, 5 }, FlagState.Raised)]
    [InlineData(new[] { 5, 5, 5, 5, -1 }, FlagState.Unknown)] // missing: total and the item unknown
    [InlineData(new[] { 5, 5, 5, 0, -1 }, FlagState.Raised)] // an answered item ≤ 1 decides it
    public void Score_Who5_AssessDepressionFlag(int[] answers, FlagState expected)
    {
        var score = BuiltInInstruments.Who5.Score(answers.Select(a => a < 0 ? (int?)null : a).ToArray());

        Assert.Equal(expected, score.GetFlag("assess-depression"));
    }

    [Theory]
    [InlineData(12, FlagState.Raised)]
    [InlineData(13, FlagState.Unknown)]
    public void ScoreTotal_Who5_FlagRaisedByTotalElseUnknown(int total, FlagState expected)
        => Assert.Equal(expected, BuiltInInstruments.Who5.ScoreTotal(total).GetFlag("assess-depression"));

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(13, 52.0)]
    [InlineData(25, 100.0)]
    public void Score_Who5_PercentageIsRawTimesFour(int raw, double percentage)
        => Assert.Equal(percentage, BuiltInInstruments.Who5.ScoreTotal(raw).TransformedTotal);

    [Fact]
    public void All_SevenBuiltIns_InDocumentedOrder()
        => Assert.Equal(["PHQ-9", "PHQ-2", "GAD-7", "WHO-5", "K10", "K6", "BARC-10"], BuiltInInstruments.All.Select(d => d.Id.Value));

    [Fact]
    public void FlagItems_OnlyPhq9Item9AndWho5Items()
    {
        Assert.Equal([9], BuiltInInstruments.Phq9.FlagItems);
        Assert.Equal([1, 2, 3, 4, 5], BuiltInInstruments.Who5.FlagItems);
        Assert.All(new[] { BuiltInInstruments.Phq2, BuiltInInstruments.Gad7, BuiltInInstruments.K10, BuiltInInstruments.K6, BuiltInInstruments.Barc10 }, d => Assert.Empty(d.FlagItems));
    }
}
