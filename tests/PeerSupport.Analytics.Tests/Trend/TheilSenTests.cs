using FsCheck.Xunit;
using PeerSupport.Analytics.Trend;

namespace PeerSupport.Analytics.Tests.Trend;

public sealed class TheilSenTests
{
    [Property(MaxTest = 300)]
    public bool Compute_AddingLinearTerm_ShiftsSlopeOnly(int[] raw, int shift)
    {
        var y = MannKendallTests.Series(raw);
        var x = Enumerable.Range(1, y.Length).Select(i => (double)i).ToArray();
        var c = shift % 50;
        var shifted = y.Select((v, i) => v + (c * x[i])).ToArray();
        var before = TheilSen.Compute(x, y);
        var after = TheilSen.Compute(x, shifted);
        return Math.Abs(after.Slope.Value - (before.Slope.Value + c)) <= 1e-9
            && Math.Abs(after.Intercept.Value - before.Intercept.Value) <= 1e-9;
    }

    [Fact]
    public void Compute_ExactLine_RecoversLine()
    {
        var result = TheilSen.Compute([0, 1, 2, 3, 4], [1, 3, 5, 7, 9]);
        Assert.Equal(2, result.Slope.Value);
        Assert.Equal(1, result.Intercept.Value);
        Assert.Equal(1, result.InterceptMedianYMinusSlopeMedianX.Value);
        Assert.Equal(10, result.PairCount);
    }

    [Fact]
    public void Compute_Outlier_IsResisted()
    {
        var result = TheilSen.Compute([1, 2, 3, 4, 5, 6], [2, 4, 6, 8, 10, 100]);
        Assert.Equal(2, result.Slope.Value);
    }

    [Fact]
    public void Compute_RepeatedX_SkipsThosePairs()
    {
        var result = TheilSen.Compute([1, 1, 2], [0, 2, 3]);
        Assert.Equal(2, result.PairCount);
        Assert.Equal(2, result.Slope.Value);
    }

    [Fact]
    public void Compute_AllXEqual_Undefined()
    {
        var result = TheilSen.Compute([2, 2, 2], [1, 2, 3]);
        Assert.Equal("every x value is equal", result.Slope.UndefinedReason);
        Assert.False(result.Intercept.IsDefined);
    }

    [Fact]
    public void Compute_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => TheilSen.Compute([], []));
    }
}
