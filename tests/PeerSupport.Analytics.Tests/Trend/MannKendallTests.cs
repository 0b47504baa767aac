using FsCheck.Xunit;
using PeerSupport.Analytics.Trend;

namespace PeerSupport.Analytics.Tests.Trend;

public sealed class MannKendallTests
{
    [Property(MaxTest = 300)]
    public bool Compute_SeriesReversed_SIsNegatedAndPUnchanged(int[] raw)
    {
        var series = Series(raw);
        var forward = MannKendall.Compute(series);
        var backward = MannKendall.Compute(series.Reverse().ToArray());
        return forward.S == -backward.S && forward.Z.ToNullable() == -backward.Z.ToNullable() && forward.P == backward.P && forward.VarianceS == backward.VarianceS;
    }

    [Fact]
    public void Compute_StrictlyIncreasing_SIsPairCount()
    {
        var result = MannKendall.Compute([1, 2, 3, 4, 5]);
        Assert.Equal(10, result.S);
        Assert.Equal(5 * 4 * 15 / 18.0, result.VarianceS, 12);
        Assert.Empty(result.TieGroupSizes);
        Assert.Equal(9 / Math.Sqrt(5 * 4 * 15 / 18.0), result.Z.Value, 12);
    }

    [Fact]
    public void Compute_AllEqual_ZAndPUndefinedAsKendallTau()
    {
        var result = MannKendall.Compute([3, 3, 3]);
        Assert.Equal(0, result.S);
        Assert.Equal(0, result.VarianceS);
        Assert.False(result.Z.IsDefined);
        Assert.Equal("every value in the series is equal, so Var S is 0 and Z is 0/0", result.Z.UndefinedReason);
        Assert.Equal(result.Z, result.P);
        Assert.False(KendallTau.Compute([1, 2, 3], [3, 3, 3]).Z.IsDefined);
        Assert.Equal([3], result.TieGroupSizes);
    }

    [Fact]
    public void Compute_SingleValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => MannKendall.Compute([4]));
    }

    [Fact]
    public void Compute_NaN_Throws()
    {
        Assert.Throws<ArgumentException>(() => MannKendall.Compute([1, double.NaN, 3]));
    }

    internal static double[] Series(int[] raw)
    {
        var values = (raw ?? []).Select(v => (double)(v % 12)).ToList();
        while (values.Count < 2)
        {
            values.Add(values.Count);
        }

        return [.. values];
    }
}
