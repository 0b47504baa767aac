using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class SeverityBandTests
{
    [Fact]
    public void Constructor_Valid_ContainsBoundsInclusive()
    {
        var band = new SeverityBand("moderate", 10, 14);

        Assert.True(band.Contains(10) && band.Contains(14));
        Assert.False(band.Contains(9) || band.Contains(15));
        Assert.Equal("moderate (10–14)", band.ToString());
        Assert.Equal(band, new SeverityBand("moderate", 10, 14));
        Assert.NotEqual(band, new SeverityBand("moderate", 10, 15));
    }

    [Theory]
    [InlineData("", 0, 1)]
    [InlineData(" a", 0, 1)]
    [InlineData("a\n", 0, 1)]
    public void Constructor_BadLabel_Throws(string label, int lower, int upper)
        => Assert.Throws<ArgumentException>(() => new SeverityBand(label, lower, upper));

    [Fact]
    public void Constructor_UpperBelowLower_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityBand("a", 5, 4));
}
