using PeerSupport.Analytics.Change;

namespace PeerSupport.Analytics.Tests.Change;

public sealed class TalkingTherapiesClassifierTests
{
    [Fact]
    public void Classify_CaseThatDropsBelowBothCutoffsReliably_ReliablyRecovered()
    {
        var outcome = TalkingTherapiesClassifier.Classify(phq9First: 16, gad7First: 12, phq9Last: 6, gad7Last: 5);
        Assert.True(outcome.IsCaseAtStart);
        Assert.False(outcome.IsCaseAtEnd);
        Assert.True(outcome.IsRecovered);
        Assert.True(outcome.IsReliablyImproved);
        Assert.True(outcome.IsReliablyRecovered);
        Assert.False(outcome.IsReliablyDeteriorated);
        Assert.Equal(-10, outcome.Phq9Change);
        Assert.Equal(-7, outcome.Gad7Change);
    }

    [Fact]
    public void Classify_RecoveredWithoutReliableDrop_RecoveredNotReliablyRecovered()
    {
        // PHQ-9 10 → 8 (drop 2) and GAD-7 8 → 6 (drop 2): below both cutoffs but not a reliable drop.
        var outcome = TalkingTherapiesClassifier.Classify(10, 8, 8, 6);
        Assert.True(outcome.IsRecovered);
        Assert.False(outcome.IsReliablyImproved);
        Assert.False(outcome.IsReliablyRecovered);
    }

    [Fact]
    public void Classify_CaseBoundaries_AreInclusive()
    {
        Assert.True(TalkingTherapiesClassifier.Classify(10, 0, 10, 0).IsCaseAtStart);
        Assert.True(TalkingTherapiesClassifier.Classify(0, 8, 0, 8).IsCaseAtStart);
        Assert.False(TalkingTherapiesClassifier.Classify(9, 7, 9, 7).IsCaseAtStart);
    }

    [Fact]
    public void Classify_NotACaseAtStart_NeverRecovered()
    {
        var outcome = TalkingTherapiesClassifier.Classify(8, 6, 1, 0);
        Assert.False(outcome.IsRecovered);
        Assert.True(outcome.IsReliablyImproved);
        Assert.False(outcome.IsReliablyRecovered);
    }

    [Fact]
    public void Classify_OneMeasureUpOneDownReliably_NeitherImprovedNorDeteriorated()
    {
        var outcome = TalkingTherapiesClassifier.Classify(20, 5, 12, 10);
        Assert.False(outcome.IsReliablyImproved);
        Assert.False(outcome.IsReliablyDeteriorated);
    }

    [Fact]
    public void Classify_ReliableRise_Deteriorated()
    {
        Assert.True(TalkingTherapiesClassifier.Classify(10, 8, 16, 8).IsReliablyDeteriorated);
        Assert.False(TalkingTherapiesClassifier.Classify(10, 8, 15, 11).IsReliablyDeteriorated);
    }

    [Fact]
    public void Classify_CustomThresholds_AreUsed()
    {
        var thresholds = new TalkingTherapiesThresholds { Phq9Caseness = 12, Phq9ReliableChange = 3 };
        var outcome = TalkingTherapiesClassifier.Classify(11, 0, 8, 0, thresholds);
        Assert.False(outcome.IsCaseAtStart);
        Assert.True(outcome.IsReliablyImproved);
    }

    [Theory]
    [InlineData(28, 0, 0, 0, "phq9First")]
    [InlineData(0, 22, 0, 0, "gad7First")]
    [InlineData(0, 0, -1, 0, "phq9Last")]
    [InlineData(0, 0, 0, 22, "gad7Last")]
    public void Classify_ScoreOutOfRange_ThrowsNamingScore(int phq9First, int gad7First, int phq9Last, int gad7Last, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TalkingTherapiesClassifier.Classify(phq9First, gad7First, phq9Last, gad7Last));
        Assert.Equal(name, error.ParamName);
        Assert.Contains("must be 0–", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_InvalidThreshold_ThrowsNamingThreshold()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TalkingTherapiesClassifier.Classify(1, 1, 1, 1, new TalkingTherapiesThresholds { Gad7ReliableChange = 0 }));
        Assert.Equal("Gad7ReliableChange", error.ParamName);
    }
}
