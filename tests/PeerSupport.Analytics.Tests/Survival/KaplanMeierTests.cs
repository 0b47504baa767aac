using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Survival;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.Survival;

public sealed class KaplanMeierTests
{
    // Closed-form arithmetic; measured agreement with R is far tighter than the required 1e-9.
    private const double Tolerance = 1e-12;

    [Fact]
    public void EstimateByGroup_Case01Aml_MatchesREveryNumber()
    {
        var reference = ReferenceCase.Load("case01_km_aml");
        var times = reference.NumberColumn("time");
        var events = reference.NumberColumn("status").Select(s => s == 1).ToArray();
        var groups = reference.Column("group");

        var curves = KaplanMeier.EstimateByGroup(times, events, groups);

        reference.Check("/results/conf_level", KaplanMeierCurve.ConfidenceLevel, Tolerance);
        reference.Check("/results/z", PeerSupport.Analytics.Internal.Distributions.Z975, Tolerance);
        Assert.Equal(reference.At("/results/groups").GetArrayLength(), curves.Count);
        for (var g = 0; g < curves.Count; g++)
        {
            var prefix = $"/results/groups/{g}";
            var curve = curves[g].Curve;
            Assert.Equal(reference.At(prefix + "/group").GetString(), curves[g].Group);
            reference.Check(prefix + "/n", curve.Count, Tolerance);
            reference.Check(prefix + "/events", curve.Events, Tolerance);
            reference.Check(prefix + "/median", curve.Median, Tolerance);
            reference.Check(prefix + "/median_lower_95", curve.MedianLower95, Tolerance);
            reference.Check(prefix + "/median_upper_95", curve.MedianUpper95, Tolerance);
            CheckTable(reference, prefix + "/table_all_times", curve.AllTimes);
            CheckTable(reference, prefix + "/table_event_times", curve.EventTimes);
        }

        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Estimate_NotReachedMedian_IsUndefinedWithReason()
    {
        var curve = KaplanMeier.Estimate([1, 2, 3, 4], [true, false, false, false]);

        Assert.False(curve.Median.IsDefined);
        Assert.Contains("not reached", curve.Median.UndefinedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_SurvivalExactlyHalf_UsesMidpointRule()
    {
        // S = 0.5 on [2, 4), then drops: R's median is (2 + 4) / 2 = 3.
        var curve = KaplanMeier.Estimate([1, 2, 4, 5], [true, true, true, true]);

        Assert.Equal(3.0, curve.Median.Value);
    }

    [Fact]
    public void Estimate_SurvivalExactlyHalfAtLastTime_UsesThatTime()
    {
        var curve = KaplanMeier.Estimate([1, 2, 3, 3], [true, true, false, false]);

        Assert.Equal(2.0, curve.Median.Value);
    }

    [Fact]
    public void Estimate_AllDieAtLastTime_SurvivalZeroHasInfiniteHazardSeAndUndefinedLimits()
    {
        var curve = KaplanMeier.Estimate([1, 2, 2], [true, true, true]);
        var last = curve.AllTimes[^1];

        Assert.Equal(0.0, last.Survival);
        Assert.Equal(double.PositiveInfinity, last.StandardErrorCumulativeHazard);
        Assert.False(last.StandardErrorSurvival.IsDefined);
        Assert.False(last.Lower95.IsDefined);
        Assert.False(last.Upper95.IsDefined);
    }

    [Fact]
    public void Estimate_TiedEventAndCensoring_CensoredStillAtRisk()
    {
        var curve = KaplanMeier.Estimate([2, 2, 5], [true, false, true]);

        Assert.Equal(3, curve.AllTimes[0].AtRisk);
        Assert.Equal(1, curve.AllTimes[0].Events);
        Assert.Equal(1, curve.AllTimes[0].Censored);
        Assert.Equal(2.0 / 3.0, curve.AllTimes[0].Survival, 15);
    }

    [Fact]
    public void SurvivalAt_BeforeFirstAndBetweenTimes_StepFunction()
    {
        var curve = KaplanMeier.Estimate([1, 3], [true, true]);

        Assert.Equal(1.0, curve.SurvivalAt(0.5));
        Assert.Equal(0.5, curve.SurvivalAt(2));
        Assert.Equal(0.0, curve.SurvivalAt(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => curve.SurvivalAt(double.NaN));
    }

    [Fact]
    public void Estimate_EmptyInput_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([], []));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Estimate_MismatchedLengths_ThrowsNamingBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.Estimate([1, 2], [true]));
        Assert.Contains("times has 2, events has 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Estimate_BadTime_ThrowsNamingIndexAndRule(double bad)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => KaplanMeier.Estimate([1, bad], [true, true]));
        Assert.Contains("times[1] must be a finite number >= 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateByGroup_MismatchedGroups_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => KaplanMeier.EstimateByGroup([1, 2], [true, true], ["a"]));
        Assert.Contains("groups has 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EstimateByGroup_NullLabel_Throws()
    {
        Assert.Throws<ArgumentException>(() => KaplanMeier.EstimateByGroup([1, 2], [true, true], ["a", null!]));
    }

    [Fact]
    public void Estimate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => KaplanMeier.Estimate(null!, [true]));
        Assert.Throws<ArgumentNullException>(() => KaplanMeier.Estimate([1], null!));
    }

    [Property(MaxTest = 200)]
    public Property Estimate_AnyData_SurvivalNonIncreasingWithinUnitIntervalAndLimitsBracketIt()
    {
        var observation = Gen.Zip(Gen.Choose(0, 30), Gen.Elements(true, false));
        return Prop.ForAll(
            Gen.NonEmptyListOf(observation).ToArbitrary(),
            data =>
            {
                var curve = KaplanMeier.Estimate(data.Select(d => (double)d.Item1).ToArray(), data.Select(d => d.Item2).ToArray());
                var previous = 1.0;
                foreach (var row in curve.AllTimes)
                {
                    if (row.Survival > previous || row.Survival < 0 || row.Survival > 1)
                    {
                        return false;
                    }

                    if (row.Lower95.TryGetValue(out var lower) && (lower > row.Survival + 1e-15 || row.Upper95.Value < row.Survival - 1e-15))
                    {
                        return false;
                    }

                    previous = row.Survival;
                }

                return curve.Count == data.Count && curve.Events == data.Count(d => d.Item2);
            });
    }

    private static void CheckTable(ReferenceCase reference, string pointer, IReadOnlyList<KaplanMeierRow> rows)
    {
        reference.CheckArray(pointer + "/time", rows.Select(r => r.Time).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/n_risk", rows.Select(r => (double)r.AtRisk).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/n_event", rows.Select(r => (double)r.Events).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/n_censor", rows.Select(r => (double)r.Censored).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/surv", rows.Select(r => r.Survival).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/std_err", rows.Select(r => r.StandardErrorCumulativeHazard).ToArray(), Tolerance);

        // R writes NaN for the SE of S where S = 0 (0 * Inf); we report it as undefined.
        var seSurvival = rows.Select(r => r.StandardErrorSurvival.TryGetValue(out var v) ? v : double.NaN).ToArray();
        reference.CheckArray(pointer + "/std_err_surv", seSurvival, Tolerance);
        reference.CheckArray(pointer + "/lower_95", rows.Select(r => r.Lower95.ToNullable()).ToArray(), Tolerance);
        reference.CheckArray(pointer + "/upper_95", rows.Select(r => r.Upper95.ToNullable()).ToArray(), Tolerance);
    }
}
