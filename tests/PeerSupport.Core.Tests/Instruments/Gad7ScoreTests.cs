using FsCheck.Xunit;
using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class Gad7ScoreTests
{
    [Theory]
    [InlineData(0, Gad7Severity.Minimal)]
    [InlineData(4, Gad7Severity.Minimal)]
    [InlineData(5, Gad7Severity.Mild)]
    [InlineData(9, Gad7Severity.Mild)]
    [InlineData(10, Gad7Severity.Moderate)]
    [InlineData(14, Gad7Severity.Moderate)]
    [InlineData(15, Gad7Severity.Severe)]
    [InlineData(21, Gad7Severity.Severe)]
    public void Severity_AtBandBoundary_IsDocumentedBand(int total, Gad7Severity expected)
        => Assert.Equal(expected, Gad7Score.FromTotal(total).Severity);

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    public void IsCase_AtThreshold_MeetsFrom8(int total, bool expected) => Assert.Equal(expected, Gad7Score.FromTotal(total).IsCase);

    [Theory]
    [InlineData(-1)]
    [InlineData(22)]
    public void FromTotal_OutOfRange_Throws(int total)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Gad7Score.FromTotal(total));

        Assert.StartsWith($"GAD-7 total must be 0–21, was {total}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItems_Valid_SumsItems()
    {
        int[] items = [.. Enumerable.Range(0, 7).Select(i => i % 4)];

        Assert.Equal(items.Sum(), Gad7Score.FromItems(items).Total);
    }

    [Fact]
    public void FromItems_ItemOutOfRange_ThrowsNamingItem()
    {
        int[] items = new int[7];
        items[6] = 4;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Gad7Score.FromItems(items));

        Assert.StartsWith("GAD-7 item 7 must be 0–3, was 4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItems_WrongCount_Throws()
        => Assert.Throws<ArgumentException>(() => Gad7Score.FromItems([1, 2]));

    [Fact]
    public void Default_IsZeroMinimal()
    {
        Gad7Score score = default;

        Assert.Equal(0, score.Total);
        Assert.Equal(Gad7Severity.Minimal, score.Severity);
        Assert.Equal(Gad7Score.FromTotal(0), score);
    }

    [Fact]
    public void EqualityAndOrdering_FollowTotal()
    {
        var low = Gad7Score.FromTotal(3);
        var high = Gad7Score.FromTotal(12);

        Assert.True(low < high && high > low && low <= high && high >= low && low != high);
        Assert.True(low <= Gad7Score.FromTotal(3) && low >= Gad7Score.FromTotal(3));
        Assert.True(low == Gad7Score.FromTotal(3));
        Assert.Equal(low.GetHashCode(), Gad7Score.FromTotal(3).GetHashCode());
        Assert.True(low.Equals((object)Gad7Score.FromTotal(3)));
        Assert.False(low.Equals((object)3));
        Assert.Equal(-1, low.CompareTo(high));
    }

    [Fact]
    public void ToString_IsInvariantWithBand() => Assert.Equal("GAD-7 12 (moderate)", Gad7Score.FromTotal(12).ToString());

    [Fact]
    public void TryFromScore_KnownTotal_Converts()
    {
        Assert.True(Gad7Score.TryFromScore(BuiltInInstruments.Gad7.ScoreTotal(11), out var score));
        Assert.Equal(11, score.Total);
    }

    [Fact]
    public void TryFromScore_OtherInstrumentOrUnknownTotal_False()
    {
        Assert.False(Gad7Score.TryFromScore(BuiltInInstruments.K6.ScoreTotal(11), out _));
        Assert.False(Gad7Score.TryFromScore(BuiltInInstruments.Gad7.Score(new int?[7]), out var unknown));
        Assert.Equal(default, unknown);
    }

    [Property(MaxTest = 200)]
    public void Severity_AgreesWithBuiltInDefinitionBands(int raw)
    {
        var total = Math.Abs(raw % (21 + 1));
        var bandIndex = BuiltInInstruments.Gad7.Bands.ToList().IndexOf(BuiltInInstruments.Gad7.BandFor(total)!);

        Assert.Equal(bandIndex, (int)Gad7Score.FromTotal(total).Severity);
    }

    [Property(MaxTest = 200)]
    public void CompareTo_IsConsistentWithEquals(int a, int b)
    {
        var x = Gad7Score.FromTotal(Math.Abs(a % (21 + 1)));
        var y = Gad7Score.FromTotal(Math.Abs(b % (21 + 1)));

        Assert.Equal(x.Equals(y), x.CompareTo(y) == 0);
        Assert.Equal(x == y, x.GetHashCode() == y.GetHashCode());
    }
}
