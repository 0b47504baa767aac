using PeerSupport.Analytics.Hypothesis;

namespace PeerSupport.Analytics.Tests.Hypothesis;

public sealed class PairedTTestTests
{
    [Fact]
    public void Compute_ConstantDifferences_UndefinedWithReason()
    {
        var result = PairedTTest.Compute([10, 12, 14], [7, 9, 11]);
        Assert.Equal(-3, result.MeanDifference);
        Assert.Equal("standard deviation of the differences is 0", result.T.UndefinedReason);
        Assert.False(result.P.IsDefined);
        Assert.False(result.CohenDz.IsDefined);
        Assert.False(result.ConfidenceInterval.IsDefined);
    }

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PairedTTest.Compute([1, 2, 3], [1, 2]));
        Assert.Equal("post", error.ParamName);
    }

    [Fact]
    public void Compute_SinglePair_Throws()
    {
        Assert.Throws<ArgumentException>(() => PairedTTest.Compute([1], [2]));
    }

    [Fact]
    public void Compute_SwappedPrePost_NegatesTAndKeepsP()
    {
        double[] pre = [12, 15, 9, 20, 14];
        double[] post = [10, 11, 9, 15, 16];
        var forward = PairedTTest.Compute(pre, post);
        var backward = PairedTTest.Compute(post, pre);
        Assert.Equal(-forward.T.Value, backward.T.Value);
        Assert.Equal(forward.P.Value, backward.P.Value);
        Assert.Equal(4, forward.DegreesOfFreedom);
    }
}
