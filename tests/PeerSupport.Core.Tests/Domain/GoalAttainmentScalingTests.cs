using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Domain;

namespace PeerSupport.Core.Tests.Domain;

public sealed class GoalAttainmentScalingTests
{
    [Fact]
    public void TScore_AllExpected_Is50()
        => Assert.Equal(50, GoalAttainmentScaling.TScore([2.0, 1.0, 3.0], [0, 0, 0]));

    [Fact]
    public void TScore_KnownValue()
    {
        // w = (2, 1), x = (1, 0): 50 + 10 * 2 / sqrt(0.7 * 5 + 0.3 * 9) = 50 + 20 / sqrt(6.2)
        Assert.Equal(50 + (20 / Math.Sqrt(6.2)), GoalAttainmentScaling.TScore([2.0, 1.0], [1, 0]), 12);
    }

    [Fact]
    public void Compute_KnownValue_ReturnsTheSumsBehindTheTScore()
    {
        var result = GoalAttainmentScaling.Compute([2.0, 1.0], [1, 0]);
        Assert.Equal((2, 0.3, 3.0, 5.0, 2.0), (result.GoalCount, result.Rho, result.SumOfWeights, result.SumOfSquaredWeights, result.SumOfWeightedAttainments));
        Assert.Equal(GoalAttainmentScaling.TScore([2.0, 1.0], [1, 0]), result.TScore);
    }

    [Fact]
    public void TScore_LengthMismatch_ThrowsNamingBothLengths()
    {
        var error = Assert.Throws<ArgumentException>(() => GoalAttainmentScaling.TScore([1.0, 1.0], [0]));
        Assert.Contains("were 2 and 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TScore_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => GoalAttainmentScaling.TScore([], ReadOnlySpan<int>.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.TScore([1.0], [3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.TScore([0.0], [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => GoalAttainmentScaling.TScore([1.0], [1], 1.0));
    }

    [Property]
    public Property TScore_IsMonotoneInEachAttainment(PositiveInt weightSeed, int level)
    {
        var x = Math.Clamp(level % 3, -2, 1);
        var weights = new[] { (weightSeed.Get % 3) + 1.0, 2.0 };
        var lower = GoalAttainmentScaling.TScore(weights, [x, 0]);
        var higher = GoalAttainmentScaling.TScore(weights, [x + 1, 0]);
        return (higher > lower).ToProperty();
    }
}
