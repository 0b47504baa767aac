using FsCheck.Xunit;
using PeerSupport.Analytics.Proportions;

namespace PeerSupport.Analytics.Tests.Proportions;

public sealed class FisherExactTestTests
{
    [Property(MaxTest = 200)]
    public bool Compute_AnyTable_IntervalContainsEstimateAndPIsProbability(byte a, byte b, byte c, byte d)
    {
        var result = FisherExactTest.Compute(a % 15, b % 15, c % 15, d % 15);
        var ci = result.ConfidenceInterval;
        return result.P > 0 && result.P <= 1
            && (!result.OddsRatio.TryGetValue(out var estimate) || (ci.Lower.Value <= estimate && estimate <= ci.Upper.Value));
    }

    [Property(MaxTest = 200)]
    public bool Compute_RowsSwapped_OddsRatioInverted(byte a, byte b, byte c, byte d)
    {
        int ia = 1 + (a % 12), ib = 1 + (b % 12), ic = 1 + (c % 12), id = 1 + (d % 12);
        var forward = FisherExactTest.Compute(ia, ib, ic, id);
        var swapped = FisherExactTest.Compute(ic, id, ia, ib);
        return Math.Abs((forward.OddsRatio.Value * swapped.OddsRatio.Value) - 1) <= 1e-9
            && Math.Abs(forward.P - swapped.P) <= 1e-12;
    }

    [Fact]
    public void Compute_ZeroCell_EstimateZeroAndLowerLimitZero()
    {
        var result = FisherExactTest.Compute(0, 10, 6, 4);
        Assert.Equal(0, result.OddsRatio.Value);
        Assert.Equal(0, result.ConfidenceInterval.Lower.Value);
        Assert.True(result.ConfidenceInterval.Upper.Value is > 0 and < double.PositiveInfinity);
        Assert.Equal(0, result.SampleOddsRatio.Value);
    }

    [Fact]
    public void Compute_AtUpperEdge_InfiniteEstimate()
    {
        var result = FisherExactTest.Compute(6, 0, 2, 8);
        Assert.Equal(double.PositiveInfinity, result.OddsRatio.Value);
        Assert.Equal(double.PositiveInfinity, result.ConfidenceInterval.Upper.Value);
        Assert.Equal(double.PositiveInfinity, result.SampleOddsRatio.Value);
    }

    [Fact]
    public void Compute_TeaTasting_KnownP()
    {
        // Fisher's lady tasting tea: [[3, 1], [1, 3]], two-sided p = 34/70.
        Assert.Equal(34.0 / 70, FisherExactTest.Compute(3, 1, 1, 3).P, 14);
    }

    [Theory]
    [InlineData(0, 0, 3, 5)]
    [InlineData(0, 3, 0, 5)]
    public void Compute_ZeroMargin_OddsRatioUndefinedNotZero(int a, int b, int c, int d)
    {
        var result = FisherExactTest.Compute(a, b, c, d);
        Assert.False(result.OddsRatio.IsDefined);
        Assert.Contains("row or column total is 0", result.OddsRatio.UndefinedReason, StringComparison.Ordinal);
        Assert.Equal(1, result.P);
    }

    [Fact]
    public void Compute_ZeroProducts_SampleOddsRatioUndefined()
    {
        Assert.Equal("a·d and b·c are both 0", FisherExactTest.Compute(0, 3, 0, 5).SampleOddsRatio.UndefinedReason);
    }

    [Fact]
    public void Compute_NegativeCount_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.Compute(1, -1, 1, 1));
        Assert.Equal("b", error.ParamName);
    }
}
