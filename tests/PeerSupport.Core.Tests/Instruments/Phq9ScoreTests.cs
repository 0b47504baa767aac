using FsCheck.Xunit;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class Phq9ScoreTests
{
    [Theory]
    [InlineData(0, Phq9Severity.Minimal)]
    [InlineData(4, Phq9Severity.Minimal)]
    [InlineData(5, Phq9Severity.Mild)]
    [InlineData(9, Phq9Severity.Mild)]
    [InlineData(10, Phq9Severity.Moderate)]
    [InlineData(14, Phq9Severity.Moderate)]
    [InlineData(15, Phq9Severity.ModeratelySevere)]
    [InlineData(19, Phq9Severity.ModeratelySevere)]
    [InlineData(20, Phq9Severity.Severe)]
    [InlineData(27, Phq9Severity.Severe)]
    public void Severity_AtBandBoundary_IsDocumentedBand(int total, Phq9Severity expected)
        => Assert.Equal(expected, Phq9Score.FromTotal(total).Severity);

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void IsCase_AtThreshold_MeetsFrom10(int total, bool expected) => Assert.Equal(expected, Phq9Score.FromTotal(total).IsCase);

    [Theory]
    [InlineData(-1)]
    [InlineData(28)]
    public void FromTotal_OutOfRange_Throws(int total)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Phq9Score.FromTotal(total));

        Assert.StartsWith($"PHQ-9 total must be 0–27, was {total}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItems_Valid_SumsItems()
    {
        int[] items = [.. Enumerable.Range(0, 9).Select(i => i % 4)];

        Assert.Equal(items.Sum(), Phq9Score.FromItems(items).Total);
    }

    [Fact]
    public void FromItems_ItemOutOfRange_ThrowsNamingItem()
    {
        int[] items = new int[9];
        items[8] = 4;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Phq9Score.FromItems(items));

        Assert.StartsWith("PHQ-9 item 9 must be 0–3, was 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItems_WrongCount_Throws()
        => Assert.Throws<ArgumentException>(() => Phq9Score.FromItems([1, 2]));

    [Fact]
    public void Default_IsZeroMinimal()
    {
        Phq9Score score = default;

        Assert.Equal(0, score.Total);
        Assert.Equal(Phq9Severity.Minimal, score.Severity);
        Assert.Equal(Phq9Score.FromTotal(0), score);
    }

    [Fact]
    public void EqualityAndOrdering_FollowTotal()
    {
        var low = Phq9Score.FromTotal(3);
        var high = Phq9Score.FromTotal(12);

        Assert.True(low < high && high > low && low <= high && high >= low && low != high);
        Assert.True(low <= Phq9Score.FromTotal(3) && low >= Phq9Score.FromTotal(3));
        Assert.True(low == Phq9Score.FromTotal(3));
        Assert.Equal(low.GetHashCode(), Phq9Score.FromTotal(3).GetHashCode());
        Assert.True(low.Equals((object)Phq9Score.FromTotal(3)));
        Assert.False(low.Equals((object)3));
        Assert.Equal(-1, low.CompareTo(high));
    }

    [Fact]
    public void ToString_IsInvariantWithBand() => Assert.Equal("PHQ-9 12 (moderate)", Phq9Score.FromTotal(12).ToString());

    [Fact]
    public void TryFromScore_KnownTotal_Converts()
    {
        Assert.True(Phq9Score.TryFromScore(BuiltInInstruments.Phq9.ScoreTotal(11), out var score));
        Assert.Equal(11, score.Total);
    }

    [Fact]
    public void TryFromScore_OtherInstrumentOrUnknownTotal_False()
    {
        Assert.False(Phq9Score.TryFromScore(BuiltInInstruments.K6.ScoreTotal(11), out _));
        Assert.False(Phq9Score.TryFromScore(BuiltInInstruments.Phq9.Score(new int?[9]), out var unknown));
        Assert.Equal(default, unknown);
    }

    [Property(MaxTest = 200)]
    public void Severity_AgreesWithBuiltInDefinitionBands(int raw)
    {
        var total = Math.Abs(raw % (27 + 1));
        var bandIndex = BuiltInInstruments.Phq9.Bands.ToList().IndexOf(BuiltInInstruments.Phq9.BandFor(total)!);

        Assert.Equal(bandIndex, (int)Phq9Score.FromTotal(total).Severity);
    }

    [Property(MaxTest = 200)]
    public void CompareTo_IsConsistentWithEquals(int a, int b)
    {
        var x = Phq9Score.FromTotal(Math.Abs(a % (27 + 1)));
        var y = Phq9Score.FromTotal(Math.Abs(b % (27 + 1)));

        Assert.Equal(x.Equals(y), x.CompareTo(y) == 0);
        Assert.Equal(x == y, x.GetHashCode() == y.GetHashCode());
    }
}
