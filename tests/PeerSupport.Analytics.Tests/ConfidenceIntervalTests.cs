namespace PeerSupport.Analytics.Tests;

public sealed class ConfidenceIntervalTests
{
    [Fact]
    public void Of_ValidLimits_EqualityByValue()
    {
        var a = ConfidenceInterval.Of(-1, 2, 0.95);
        var b = ConfidenceInterval.Of(-1, 2, 0.95);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ConfidenceInterval.Of(-1, 2, 0.9));
        Assert.Equal("[-1, 2] (0.95)", a.ToString());
    }

    [Fact]
    public void Of_UpperBelowLower_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.Of(2, 1, 0.95));
    }

    [Fact]
    public void Of_NaNLimit_Throws()
    {
        Assert.Throws<ArgumentException>(() => ConfidenceInterval.Of(double.NaN, 1, 0.95));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Of_LevelOutOfRange_Throws(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfidenceInterval.Of(0, 1, level));
    }

    [Fact]
    public void Of_InfiniteUpper_IsAllowed()
    {
        var interval = ConfidenceInterval.Of(0.5, double.PositiveInfinity, 0.95);
        Assert.True(interval.IsDefined);
        Assert.Equal(double.PositiveInfinity, interval.Upper.Value);
    }

    [Fact]
    public void Undefined_CarriesReason()
    {
        var interval = ConfidenceInterval.Undefined("n is 0", 0.95);
        Assert.False(interval.IsDefined);
        Assert.Equal("n is 0", interval.Lower.UndefinedReason);
        Assert.Equal("n is 0", interval.Upper.UndefinedReason);
    }

    [Fact]
    public void Default_IsUndefinedNotComputed()
    {
        var interval = default(ConfidenceInterval);
        Assert.False(interval.IsDefined);
        Assert.Equal("not computed", interval.Lower.UndefinedReason);
        Assert.Equal(0, interval.Level);
    }
}
