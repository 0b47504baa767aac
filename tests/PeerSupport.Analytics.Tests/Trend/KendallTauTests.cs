using PeerSupport.Analytics.Trend;

namespace PeerSupport.Analytics.Tests.Trend;

public sealed class KendallTauTests
{
    [Fact]
    public void Compute_PerfectAgreement_TauOne()
    {
        var result = KendallTau.Compute([1, 2, 3, 4], [10, 20, 30, 40]);
        Assert.Equal(1, result.TauB.Value, 15);
        Assert.Equal(6, result.S);
    }

    [Fact]
    public void Compute_TiesInBothVariables_UsesRVarianceFormula()
    {
        // x ties: one group of 2; y ties: one group of 2; n = 4.
        double[] x = [1, 1, 2, 3];
        double[] y = [1, 2, 2, 3];
        var result = KendallTau.Compute(x, y);
        const double n = 4;
        var expected = (((n * (n - 1) * ((2 * n) + 5)) - 18 - 18) / 18) + (2.0 * 2 / (2 * n * (n - 1)));
        Assert.Equal(expected, result.VarianceS, 12);
        Assert.Equal(4, result.S);
        Assert.Equal(4 / Math.Sqrt((6 - 1) * (6 - 1)), result.TauB.Value, 12);
    }

    [Fact]
    public void Compute_ConstantY_TauUndefined()
    {
        var result = KendallTau.Compute([1, 2, 3], [5, 5, 5]);
        Assert.Equal("y is constant", result.TauB.UndefinedReason);
        Assert.False(result.Z.IsDefined);
        Assert.False(result.P.IsDefined);
    }

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => KendallTau.Compute([1, 2, 3], [1, 2]));
    }
}
