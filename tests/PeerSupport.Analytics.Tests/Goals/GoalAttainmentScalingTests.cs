using FsCheck.Xunit;
using PeerSupport.Analytics.Goals;

namespace PeerSupport.Analytics.Tests.Goals;

public sealed class GoalAttainmentScalingTests
{
    [Property(MaxTest = 200)]
    public bool Compute_AllGoalsAtExpectedLevel_TIsFifty(byte goals)
    {
        var n = 1 + (goals % 8);
        var weights = Enumerable.Range(1, n).Select(i => (double)i).ToArray();
        return GoalAttainmentScaling.Compute(weights, new int[n]).TScore == 50;
    }

    [Fact]
    public void Compute_SingleGoal_UsesUnitDenominator()
    {
        // One goal with weight w: denominator sqrt((1 − ρ) w² + ρ w²) = w, so T = 50 + 10 x.
        Assert.Equal(70, GoalAttainmentScaling.Compute([3], [2]).TScore, 12);
    }

    [Fact]
    public void Compute_RhoZero_KnownValue()
    {
        var result = GoalAttainmentScaling.Compute([1, 1, 1, 1], [1, 1, -1, 1], rho: 0);
        Assert.Equal(60, result.TScore, 12);
        Assert.Equal(0, result.Rho);
    }

    [Fact]
    public void Compute_AttainmentThree_ThrowsNamingGoal()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.Compute([1, 2], [0, 3]));
        Assert.Equal("attainments", error.ParamName);
        Assert.Contains("Goal attainment 2 must be −2..2, was 3", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Compute_WeightNotPositive_Throws(double weight)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.Compute([1, weight], [0, 1]));
        Assert.Equal("weights", error.ParamName);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    public void Compute_RhoOutOfRange_Throws(double rho)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.Compute([1], [0], rho));
    }

    [Fact]
    public void Compute_NoGoals_Throws()
    {
        Assert.Throws<ArgumentException>(() => GoalAttainmentScaling.Compute([], []));
    }

    [Fact]
    public void Compute_LengthMismatch_Throws()
    {
        Assert.Throws<ArgumentException>(() => GoalAttainmentScaling.Compute([1, 1], [0]));
    }
}
