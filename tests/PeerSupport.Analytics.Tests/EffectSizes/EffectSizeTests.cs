using FsCheck.Xunit;
using PeerSupport.Analytics.EffectSizes;

namespace PeerSupport.Analytics.Tests.EffectSizes;

public sealed class EffectSizeTests
{
    [Property(MaxTest = 300)]
    public bool Independent_GroupsSwapped_DAndGAreAntisymmetric(int[] first, int[] second)
    {
        var x1 = Scores(first);
        var x2 = Scores(second);
        var forward = EffectSize.Independent(x1, x2);
        var backward = EffectSize.Independent(x2, x1);
        if (!forward.CohenD.IsDefined)
        {
            return !backward.CohenD.IsDefined && !backward.HedgesG.IsDefined;
        }

        return forward.CohenD.Value == -backward.CohenD.Value
            && forward.HedgesG.Value == -backward.HedgesG.Value
            && forward.VarianceD == backward.VarianceD
            && forward.ConfidenceIntervalD.Lower.Value == -backward.ConfidenceIntervalD.Upper.Value;
    }

    [Property(MaxTest = 300)]
    public bool Independent_AnyData_GIsShrunkTowardZero(int[] first, int[] second)
    {
        var effect = EffectSize.Independent(Scores(first), Scores(second));
        return !effect.CohenD.IsDefined
            || (Math.Abs(effect.HedgesG.Value) <= Math.Abs(effect.CohenD.Value) && effect.HedgesCorrection is > 0 and < 1);
    }

    [Fact]
    public void HedgesCorrection_LargeDf_ApproachesApproximation()
    {
        // J ≈ 1 − 3/(4 df − 1) is accurate to O(df^-2); the exact value must agree closely for large df.
        Assert.Equal(1 - (3.0 / ((4 * 200) - 1)), EffectSize.HedgesCorrection(200), 1e-6);
        Assert.True(EffectSize.HedgesCorrection(2) < EffectSize.HedgesCorrection(10));
    }

    [Theory]
    [InlineData(2.0, 0.5641895835477563)]
    [InlineData(3.0, 0.7236012545582676)]
    [InlineData(4.5, 0.8218541997746219)]
    [InlineData(10.0, 0.9227456080530871)]
    [InlineData(20.0, 0.9619445337407487)]
    [InlineData(21.0, 0.963782252284172)]
    [InlineData(22.0, 0.9654506587906299)]
    [InlineData(43.0, 0.9824389568070998)]
    [InlineData(100.0, 0.9924780549814448)]
    [InlineData(341.0, 0.9977987035203878)]
    [InlineData(1000.0, 0.9992497811797164)]
    [InlineData(100000.0, 0.9999924999781249)]
    public void HedgesCorrection_AnyDf_MatchesFortyDigitValue(double df, double expected)
    {
        // Expected values: Γ(df/2) / (sqrt(df/2) Γ((df − 1)/2)) evaluated with 40 significant digits, rounded to double.
        var actual = EffectSize.HedgesCorrection(df);
        Assert.True(Math.Abs(actual - expected) <= 4e-16 * expected, $"J({df}) = {actual:R}, expected {expected:R}");
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(0.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void HedgesCorrection_DfNotAboveOne_Throws(double df)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EffectSize.HedgesCorrection(df));
        Assert.Equal("degreesOfFreedom", error.ParamName);
    }

    [Fact]
    public void Independent_BothGroupsConstant_DUndefinedWithReason()
    {
        var effect = EffectSize.Independent([5, 5, 5], [7, 7]);
        Assert.False(effect.CohenD.IsDefined);
        Assert.Equal("pooled standard deviation is 0", effect.CohenD.UndefinedReason);
        Assert.False(effect.HedgesG.IsDefined);
        Assert.False(effect.ConfidenceIntervalG.IsDefined);
        Assert.Equal(0, effect.PooledStandardDeviation);
        Assert.Equal(-2, effect.Mean1 - effect.Mean2);
    }

    [Fact]
    public void Independent_EmptyGroup_ThrowsNamingGroup()
    {
        var error = Assert.Throws<ArgumentException>(() => EffectSize.Independent([], [1, 2]));
        Assert.Equal("group1", error.ParamName);
        Assert.Contains("at least 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Independent_SingleValueGroup_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => EffectSize.Independent([1, 2], [3]));
        Assert.Equal("group2", error.ParamName);
    }

    [Fact]
    public void Independent_NaNScore_ThrowsNamingIndex()
    {
        var error = Assert.Throws<ArgumentException>(() => EffectSize.Independent([1, double.NaN, 3], [3, 4]));
        Assert.Contains("group1[1]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CohenDz_LengthMismatch_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => EffectSize.CohenDz([1, 2, 3], [1, 2]));
        Assert.Contains("same length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CohenDz_ConstantDifferences_UndefinedWithReason()
    {
        var dz = EffectSize.CohenDz([10, 12, 14], [8, 10, 12]);
        Assert.Equal("standard deviation of the differences is 0", dz.UndefinedReason);
    }

    [Fact]
    public void CohenDz_KnownValues_MeanOverSd()
    {
        // diff = -2, -4, -6: mean -4, sd 2.
        Assert.Equal(-2, EffectSize.CohenDz([10, 12, 14], [8, 8, 8]).Value, 14);
    }

    private static double[] Scores(int[] raw)
    {
        var scores = (raw ?? []).Select(v => (double)Math.Abs(v % 28)).ToList();
        while (scores.Count < 2)
        {
            scores.Add(scores.Count * 3);
        }

        return [.. scores];
    }
}
