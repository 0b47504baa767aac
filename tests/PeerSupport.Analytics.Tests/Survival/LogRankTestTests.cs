using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Survival;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.Survival;

public sealed class LogRankTestTests
{
    private const double ClosedForm = 1e-12;
    private const double DistributionTolerance = 1e-10;

    [Fact]
    public void Compute_Case02Aml_MatchesREveryNumber()
    {
        var reference = ReferenceCase.Load("case02_logrank_aml");
        var times = reference.NumberColumn("time");
        var events = reference.NumberColumn("status").Select(s => s == 1).ToArray();
        var groups = reference.Column("group");

        var result = LogRankTest.Compute(times, events, groups);

        for (var g = 0; g < result.Groups.Count; g++)
        {
            Assert.Equal(reference.At($"/results/groups/{g}").GetString(), result.Groups[g].Group);
        }

        reference.CheckArray("/results/n", result.Groups.Select(g => (double)g.Count).ToArray(), ClosedForm);
        reference.CheckArray("/results/observed", result.Groups.Select(g => (double)g.Observed).ToArray(), ClosedForm);
        reference.CheckArray("/results/expected", result.Groups.Select(g => g.Expected).ToArray(), ClosedForm);
        reference.CheckArray("/results/o_minus_e_sq_over_e", result.Groups.Select(g => g.ObservedMinusExpectedSquaredOverExpected.ToNullable()).ToArray(), ClosedForm);
        reference.CheckArray("/results/o_minus_e_sq_over_v", result.Groups.Select(g => g.ObservedMinusExpectedSquaredOverVariance.ToNullable()).ToArray(), ClosedForm);
        for (var a = 0; a < result.VarianceMatrix.Count; a++)
        {
            reference.CheckArray($"/results/variance_matrix/{a}", result.VarianceMatrix[a], ClosedForm);
        }

        reference.Check("/results/chisq", result.ChiSquare, ClosedForm);
        reference.Check("/results/df", result.DegreesOfFreedom, ClosedForm);
        reference.Check("/results/p", result.PValue, DistributionTolerance);
        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Compute_ThreeGroups_MatchesHandComputedGeneralizedInverse()
    {
        // Three groups, no ties across groups except at t = 3.
        double[] times = [1, 2, 3, 3, 4, 5, 6, 7, 8];
        bool[] events = [true, true, true, true, false, true, true, true, true];
        string[] groups = ["a", "b", "c", "a", "b", "c", "a", "b", "c"];

        var result = LogRankTest.Compute(times, events, groups);

        Assert.Equal(2, result.DegreesOfFreedom);
        Assert.Equal(3, result.Groups.Count);
        Assert.Equal(result.Groups.Sum(g => g.Observed), result.Groups.Sum(g => g.Expected), 12);

        // Rows of V sum to 0 (O - E sums to 0), so any dropped group gives the same statistic.
        foreach (var row in result.VarianceMatrix)
        {
            Assert.Equal(0.0, row.Sum(), 12);
        }

        var reordered = LogRankTest.Compute(times, events, groups.Select(g => g switch { "a" => "z", _ => g }).ToArray());
        Assert.Equal(result.ChiSquare.Value, reordered.ChiSquare.Value, 10);
    }

    [Fact]
    public void Compute_OneGroup_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => LogRankTest.Compute([1, 2, 3], [true, true, false], ["a", "a", "a"]));
        Assert.Contains("at least 2 groups, got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NoEvents_ChiSquareUndefinedWithReason()
    {
        var result = LogRankTest.Compute([1, 2, 3, 4], [false, false, false, false], ["a", "b", "a", "b"]);

        Assert.False(result.ChiSquare.IsDefined);
        Assert.False(result.PValue.IsDefined);
        Assert.Equal(0, result.DegreesOfFreedom);
        Assert.Contains("expected events", result.ChiSquare.UndefinedReason, StringComparison.Ordinal);
        Assert.False(result.Groups[0].ObservedMinusExpectedSquaredOverExpected.IsDefined);
    }

    [Fact]
    public void Compute_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => LogRankTest.Compute([1, 2], [true, true], ["a"]));
        Assert.Throws<ArgumentException>(() => LogRankTest.Compute([1, 2], [true], ["a", "b"]));
    }

    [Fact]
    public void Compute_NegativeTime_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogRankTest.Compute([1, -2], [true, true], ["a", "b"]));
    }

    [Property(MaxTest = 200)]
    public Property Compute_AnyTwoGroupData_ExpectedSumsToObservedAndChiSquareNonNegative()
    {
        var observation = Gen.Zip(Gen.Zip(Gen.Choose(0, 20), Gen.Elements(true, false)), Gen.Elements("a", "b"), static (te, g) => (te.Item1, te.Item2, g));
        return Prop.ForAll(
            Gen.NonEmptyListOf(observation).Where(l => l.Select(o => o.Item3).Distinct().Count() == 2).ToArbitrary(),
            data =>
            {
                var result = LogRankTest.Compute(data.Select(d => (double)d.Item1).ToArray(), data.Select(d => d.Item2).ToArray(), data.Select(d => d.Item3).ToArray());
                var balance = Math.Abs(result.Groups.Sum(g => g.Observed) - result.Groups.Sum(g => g.Expected)) < 1e-9;
                var chiOk = !result.ChiSquare.TryGetValue(out var chi) || (chi >= -1e-12 && result.PValue.Value is >= 0 and <= 1);
                return balance && chiOk;
            });
    }
}
