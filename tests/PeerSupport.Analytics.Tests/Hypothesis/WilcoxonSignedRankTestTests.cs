using FsCheck.Xunit;
using PeerSupport.Analytics.Hypothesis;

namespace PeerSupport.Analytics.Tests.Hypothesis;

public sealed class WilcoxonSignedRankTestTests
{
    [Property(MaxTest = 300)]
    public bool Compute_SwappedPrePost_VPlusVSwappedIsRankTotal(int[] raw)
    {
        var pre = (raw ?? []).Select(v => (double)Math.Abs(v % 20)).ToArray();
        if (pre.Length == 0)
        {
            return true;
        }

        var post = pre.Select((v, i) => (double)((v * 7) + i) % 20).ToArray();
        var forward = WilcoxonSignedRankTest.Compute(pre, post);
        var backward = WilcoxonSignedRankTest.Compute(post, pre);
        var n = forward.NonzeroCount;
        return forward.V + backward.V == n * (n + 1) / 2.0
            && forward.ZeroDifferenceCount == backward.ZeroDifferenceCount
            && (!forward.P.IsDefined || forward.P.Value == backward.P.Value);
    }

    [Fact]
    public void Compute_AllDifferencesZero_UndefinedWithReason()
    {
        var result = WilcoxonSignedRankTest.Compute([4, 5, 6], [4, 5, 6]);
        Assert.Equal(0, result.NonzeroCount);
        Assert.Equal(3, result.ZeroDifferenceCount);
        Assert.Equal("every difference is 0", result.P.UndefinedReason);
        Assert.False(result.Z.IsDefined);
    }

    [Fact]
    public void Compute_TiedAbsoluteDifferences_AverageRanksAndTieGroups()
    {
        // diffs: +1, -1, +2, 0 → |diff| ranks 1.5, 1.5, 3; V = 1.5 + 3.
        var result = WilcoxonSignedRankTest.Compute([0, 1, 0, 5], [1, 0, 2, 5]);
        Assert.Equal(4.5, result.V);
        Assert.Equal([2], result.TieGroupSizes);
        Assert.Equal(3, result.ExpectedV);
        Assert.Equal(Math.Sqrt((3 * 4 * 7 / 24.0) - (6 / 48.0)), result.StandardDeviationV.Value, 14);
    }

    [Fact]
    public void Compute_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRankTest.Compute([], []));
    }

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => WilcoxonSignedRankTest.Compute([1, 2], [1]));
    }
}
