using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.Reliability;

public sealed class OneWayIccTests
{
    private const double ClosedForm = 1e-12;
    private const double DistributionTolerance = 1e-10;

    [Fact]
    public void Compute_Case04Nested_MatchesREveryNumber()
    {
        var reference = ReferenceCase.Load("case04_icc1_nested");
        var groups = reference.NumberColumn("group_id").Select(g => (int)g).ToArray();
        var scores = reference.NumberColumn("score");

        var result = OneWayIcc.Compute(groups, scores);

        reference.Check("/results/N", result.Count, ClosedForm);
        reference.Check("/results/J", result.GroupCount, ClosedForm);
        reference.CheckArray("/results/group_sizes", result.GroupSizes.Select(s => (double)s).ToArray(), ClosedForm);
        var ids = reference.At("/results/group_ids_in_order").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.Equal(ids, result.Groups.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        reference.Check("/results/SSB", result.SumOfSquaresBetween, ClosedForm);
        reference.Check("/results/SSW", result.SumOfSquaresWithin, ClosedForm);
        reference.Check("/results/df_between", result.DegreesOfFreedomBetween, ClosedForm);
        reference.Check("/results/df_within", result.DegreesOfFreedomWithin, ClosedForm);
        reference.Check("/results/MSB", result.MeanSquareBetween, ClosedForm);
        reference.Check("/results/MSW", result.MeanSquareWithin, ClosedForm);
        reference.Check("/results/F", result.F, ClosedForm);
        reference.Check("/results/p", result.PValue, DistributionTolerance);
        reference.Check("/results/n0", result.N0, ClosedForm);
        reference.Check("/results/ICC1", result.Icc1, ClosedForm);
        reference.Check("/results/mean_group_size", result.MeanGroupSize, ClosedForm);
        reference.Check("/results/design_effect", result.DesignEffect, ClosedForm);
        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Compute_NoBetweenGroupDifference_NegativeIccNotTruncated()
    {
        // Group means are equal, within-group spread is large: ICC(1) < 0 and is reported as is.
        var result = OneWayIcc.Compute(["a", "a", "b", "b", "c", "c"], [1.0, 3, 1, 3, 1, 3]);

        Assert.True(result.Icc1.Value < 0);
        Assert.Equal(0.0, result.SumOfSquaresBetween, 14);
        Assert.Equal(1 + ((2.0 - 1) * result.Icc1.Value), result.DesignEffect.Value, 14);
    }

    [Fact]
    public void Compute_ConstantScores_UndefinedWithReason()
    {
        var result = OneWayIcc.Compute([1, 1, 2, 2], [5.0, 5, 5, 5]);

        Assert.False(result.Icc1.IsDefined);
        Assert.False(result.F.IsDefined);
        Assert.False(result.DesignEffect.IsDefined);
        Assert.Contains("constant", result.Icc1.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SingletonGroups_AddNoWithinDegreesOfFreedom()
    {
        var result = OneWayIcc.Compute([1, 2, 3, 3], [1.0, 2, 3, 5]);

        Assert.Equal(1, result.DegreesOfFreedomWithin);
        Assert.Equal(2.0, result.MeanSquareWithin.Value, 14);

        var allSingletons = OneWayIcc.Compute([1, 2, 3], [1.0, 2, 3]);
        Assert.False(allSingletons.MeanSquareWithin.IsDefined);
        Assert.False(allSingletons.Icc1.IsDefined);
    }

    [Fact]
    public void Compute_OneGroup_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => OneWayIcc.Compute([1, 1, 1], [1.0, 2, 3]));
        Assert.Contains("at least 2 groups, got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_MismatchedLengths_ThrowsNamingBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => OneWayIcc.Compute([1, 2], [1.0]));
        Assert.Contains("groups has 2, scores has 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_InfiniteScore_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => OneWayIcc.Compute([1, 2], [1.0, double.PositiveInfinity]));
        Assert.Contains("scores[1] must be finite", ex.Message, StringComparison.Ordinal);
    }
}
