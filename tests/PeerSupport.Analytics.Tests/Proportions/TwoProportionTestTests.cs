using PeerSupport.Analytics.Proportions;

namespace PeerSupport.Analytics.Tests.Proportions;

public sealed class TwoProportionTestTests
{
    [Fact]
    public void Compute_CapActive_CorrectedStatisticIsZero()
    {
        // |p1 − p2| / (1/n1 + 1/n2) = 0.02 / 0.02 = 1 → Y = 0.5; 50/100 vs 50/101 gives about 0.249, so the cap is active.
        var result = TwoProportionTest.Compute(50, 100, 48, 100, continuityCorrection: true);
        Assert.Equal(0.5, result.YatesCorrection);
        var capped = TwoProportionTest.Compute(50, 100, 50, 101, continuityCorrection: true);
        Assert.True(capped.YatesCorrection < 0.5);
        Assert.True(capped.ChiSquare.Value < 1e-20);
        Assert.Equal(1, capped.P.Value, 9);
    }

    [Fact]
    public void Compute_Uncorrected_NoYates()
    {
        var result = TwoProportionTest.Compute(10, 20, 5, 20, continuityCorrection: false);
        Assert.Equal(0, result.YatesCorrection);
        Assert.False(result.IsContinuityCorrected);
        Assert.Equal(1, result.DegreesOfFreedom);
    }

    [Fact]
    public void Compute_ExtremeDifference_IntervalClipped()
    {
        var result = TwoProportionTest.Compute(5, 5, 0, 5);
        Assert.Equal(1, result.ConfidenceInterval.Upper.Value);
        Assert.True(result.HasSmallExpectedCount);
    }

    [Fact]
    public void Compute_NoEvents_StatisticUndefined()
    {
        var result = TwoProportionTest.Compute(0, 10, 0, 12);
        Assert.Equal("no events in either arm", result.ChiSquare.UndefinedReason);
        Assert.False(result.P.IsDefined);
        Assert.Equal(0, result.ConfidenceInterval.Lower.Value);
    }

    [Theory]
    [InlineData(-1, 10, 0, 10, "events1")]
    [InlineData(11, 10, 0, 10, "events1")]
    [InlineData(0, 0, 0, 10, "total1")]
    [InlineData(0, 10, 3, 2, "events2")]
    public void Compute_BadCounts_ThrowNamingCount(int x1, int n1, int x2, int n2, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Compute(x1, n1, x2, n2));
        Assert.Equal(name, error.ParamName);
    }
}
