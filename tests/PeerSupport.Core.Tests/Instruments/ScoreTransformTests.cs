using PeerSupport.Instruments;

namespace PeerSupport.Core.Tests.Instruments;

public sealed class ScoreTransformTests
{
    [Fact]
    public void Apply_Multiplies() => Assert.Equal(52.0, new ScoreTransform("percentage", 4).Apply(13));

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_BadMultiplier_Throws(double multiplier)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreTransform("pct", multiplier));
}
