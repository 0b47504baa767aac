using PeerSupport.Analytics.Reliability;

namespace PeerSupport.Analytics.Tests.Reliability;

public sealed class DesignEffectTests
{
    [Fact]
    public void FromIcc_TypicalGroup_MatchesFormula()
    {
        Assert.Equal(1 + (7 * 0.05), DesignEffect.FromIcc(8, 0.05), 15);
        Assert.Equal(1.0, DesignEffect.FromIcc(1, 0.9), 15);
    }

    [Fact]
    public void EffectiveSampleSize_DividesByDesignEffect()
    {
        Assert.Equal(100.0, DesignEffect.EffectiveSampleSize(135, 1.35), 12);
    }

    [Theory]
    [InlineData(0.5, 0.1)]
    [InlineData(double.NaN, 0.1)]
    [InlineData(5, 1.5)]
    [InlineData(5, double.NaN)]
    public void FromIcc_OutOfRange_Throws(double meanGroupSize, double icc)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DesignEffect.FromIcc(meanGroupSize, icc));
    }

    [Theory]
    [InlineData(-1, 1.2)]
    [InlineData(10, 0)]
    [InlineData(10, -1)]
    [InlineData(double.PositiveInfinity, 1.2)]
    public void EffectiveSampleSize_OutOfRange_Throws(double n, double designEffect)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DesignEffect.EffectiveSampleSize(n, designEffect));
        Assert.Contains("must be", ex.Message, StringComparison.Ordinal);
    }
}
