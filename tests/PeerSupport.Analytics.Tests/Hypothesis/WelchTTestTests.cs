using PeerSupport.Analytics.Hypothesis;

namespace PeerSupport.Analytics.Tests.Hypothesis;

public sealed class WelchTTestTests
{
    [Fact]
    public void Compute_BothGroupsConstant_UndefinedWithReason()
    {
        var result = WelchTTest.Compute([3, 3], [5, 5, 5]);
        Assert.Equal(-2, result.MeanDifference);
        Assert.Equal("both groups have zero variance", result.T.UndefinedReason);
        Assert.False(result.P.IsDefined);
        Assert.False(result.DegreesOfFreedom.IsDefined);
        Assert.False(result.ConfidenceInterval.IsDefined);
    }

    [Fact]
    public void Compute_OneGroupConstant_DfIsOtherGroupsDf()
    {
        // With s2 = 0 the Welch–Satterthwaite df reduces to n1 − 1.
        var result = WelchTTest.Compute([1, 2, 4, 7], [5, 5, 5]);
        Assert.Equal(3, result.DegreesOfFreedom.Value, 12);
        Assert.True(result.P.Value is > 0 and < 1);
    }

    [Fact]
    public void Compute_IdenticalGroups_TZeroAndPOne()
    {
        var result = WelchTTest.Compute([1, 2, 3], [3, 2, 1]);
        Assert.Equal(0, result.T.Value);
        Assert.Equal(1, result.P.Value, 12);
        Assert.True(result.ConfidenceInterval.Lower.Value < 0 && result.ConfidenceInterval.Upper.Value > 0);
    }

    [Fact]
    public void Compute_EmptyGroup_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => WelchTTest.Compute([1, 2], []));
        Assert.Equal("group2", error.ParamName);
    }

    [Fact]
    public void Compute_InfiniteScore_Throws()
    {
        Assert.Throws<ArgumentException>(() => WelchTTest.Compute([1, double.PositiveInfinity], [1, 2]));
    }
}
