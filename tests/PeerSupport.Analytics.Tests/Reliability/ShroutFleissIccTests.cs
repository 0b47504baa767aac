using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.Reliability;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.Reliability;

public sealed class ShroutFleissIccTests
{
    private const double ClosedForm = 1e-12;
    private const double DistributionTolerance = 1e-10;

    [Fact]
    public void Compute_Case03ShroutFleiss_MatchesREveryNumber()
    {
        var reference = ReferenceCase.Load("case03_icc_shrout_fleiss");
        var ratings = reference.NumberMatrix(skipColumns: 1);

        var result = ShroutFleissIcc.Compute(ratings);

        reference.Check("/results/n_targets", result.Targets, ClosedForm);
        reference.Check("/results/n_judges", result.Judges, ClosedForm);
        reference.Check("/results/mean_squares/MSB_between_targets", result.MeanSquareBetweenTargets, ClosedForm);
        reference.Check("/results/mean_squares/MSW_within_targets", result.MeanSquareWithinTargets, ClosedForm);
        reference.Check("/results/mean_squares/MSJ_between_judges", result.MeanSquareBetweenJudges, ClosedForm);
        reference.Check("/results/mean_squares/MSE_residual", result.MeanSquareResidual, ClosedForm);
        reference.Check("/results/df/between_targets", result.DegreesOfFreedomBetweenTargets, ClosedForm);
        reference.Check("/results/df/between_judges", result.DegreesOfFreedomBetweenJudges, ClosedForm);
        reference.Check("/results/df/residual", result.DegreesOfFreedomResidual, ClosedForm);
        string[] names = ["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"];
        for (var i = 0; i < 6; i++)
        {
            var prefix = $"/results/icc/{i}";
            Assert.Equal(names[i], reference.At(prefix + "/type").GetString());
            var estimate = result[(IccForm)i];
            Assert.Equal((IccForm)i, estimate.Form);
            reference.Check(prefix + "/ICC", estimate.Value, ClosedForm);
            reference.Check(prefix + "/F", estimate.F, ClosedForm);
            reference.Check(prefix + "/df1", estimate.DegreesOfFreedom1, ClosedForm);
            reference.Check(prefix + "/df2", estimate.DegreesOfFreedom2, ClosedForm);
            reference.Check(prefix + "/p", estimate.PValue, DistributionTolerance);
            reference.Check(prefix + "/lower_bound", estimate.LowerBound, DistributionTolerance);
            reference.Check(prefix + "/upper_bound", estimate.UpperBound, DistributionTolerance);
        }

        reference.NotCompared("/results/max_abs_difference_psych_default_lmer_TRUE", "describes psych's lme4-based default (lmer = TRUE), which this ANOVA implementation deliberately does not reproduce");
        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Compute_StronglyNegativeIcc2_ReproducesPsychIcc2kLowerBound()
    {
        // psych computes the ICC2k bounds as L k / (1 + L (k - 1)) from the ICC2 bounds even when L < -1/(k - 1),
        // which puts the "lower" bound above 1; the formula is reproduced, not repaired, so results match psych.
        var result = ShroutFleissIcc.Compute(new double[,] { { 1, 7 }, { 7, 1 }, { 7, 5 }, { 6, 7 }, { 5, 1 }, { 1, 7 }, { 4, 7 }, { 3, 3 } });
        var l2 = result[IccForm.Icc2].LowerBound.Value;

        Assert.True(l2 < -1);
        Assert.Equal(2 * l2 / (1 + l2), result[IccForm.Icc2K].LowerBound.Value, 12);
    }

    [Fact]
    public void Compute_EqualTargetMeansAndSmallJudgeVariance_ReproducesPsychIcc2kAboveOne()
    {
        // MSB = 0 and MSJ < MSE make the ICC2k denominator negative; psych reports the formula's value (13.6 here).
        var result = ShroutFleissIcc.Compute(new double[,] { { 5, 2, 2, 6 }, { 7, 4, 3, 1 } });

        Assert.Equal(0.0, result.MeanSquareBetweenTargets, 14);
        Assert.Equal(13.6, result[IccForm.Icc2K].Value.Value, 12);
        Assert.False(result[IccForm.Icc3K].Value.IsDefined);
    }

    [Fact]
    public void Compute_SmallTableWithSmallNonIntegerDf_BoundsDefined()
    {
        // Regression: MathNet's F inverse CDF threw NonConvergenceException for this table (small ICC2 df v).
        var result = ShroutFleissIcc.Compute(new double[,] { { 3, 2, 7, 6 }, { 2, 5, 7, 4 }, { 3, 3, 3, 7 }, { 3, 3, 1, 7 } });

        Assert.All(result.Estimates, e => Assert.True(e.LowerBound.IsDefined && e.UpperBound.IsDefined));
        Assert.True(result[IccForm.Icc1].LowerBound.Value <= result[IccForm.Icc1].Value.Value);
    }

    [Fact]
    public void Compute_ConstantRatings_IccUndefinedWithReasonNotNaN()
    {
        var result = ShroutFleissIcc.Compute(new double[,] { { 3, 3 }, { 3, 3 }, { 3, 3 } });

        foreach (var estimate in result.Estimates)
        {
            Assert.False(estimate.Value.IsDefined);
            Assert.False(string.IsNullOrEmpty(estimate.Value.UndefinedReason));
            Assert.False(estimate.PValue.IsDefined);
            Assert.False(estimate.LowerBound.IsDefined);
        }
    }

    [Fact]
    public void Compute_PerfectAgreement_IccIsOneAndFInfinite()
    {
        var result = ShroutFleissIcc.Compute(new double[,] { { 1, 1 }, { 2, 2 }, { 4, 4 } });

        Assert.Equal(1.0, result[IccForm.Icc3].Value.Value, 14);
        Assert.Equal(1.0, result[IccForm.Icc1].Value.Value, 14);
        Assert.Equal(double.PositiveInfinity, result[IccForm.Icc3].F.Value);
        Assert.Equal(0.0, result[IccForm.Icc3].PValue.Value);
    }

    [Fact]
    public void Compute_OneTarget_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShroutFleissIcc.Compute(new double[,] { { 1, 2, 3 } }));
        Assert.Contains("at least 2 targets (rows), got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_OneJudge_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShroutFleissIcc.Compute(new double[,] { { 1 }, { 2 } }));
        Assert.Contains("at least 2 judges (columns), got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_NaNRating_ThrowsNamingTheCell()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShroutFleissIcc.Compute(new double[,] { { 1, 2 }, { double.NaN, 2 } }));
        Assert.Contains("ratings[1, 0] must be finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indexer_UnknownForm_Throws()
    {
        var result = ShroutFleissIcc.Compute(new double[,] { { 1, 2 }, { 3, 5 } });
        Assert.Throws<ArgumentOutOfRangeException>(() => result[(IccForm)42]);
    }

    [Property(MaxTest = 1000)]
    public Property Compute_RandomRatings_EveryFormAtMostOneAndWithinItsBounds()
    {
        var table = Gen.Zip(Gen.Choose(2, 8), Gen.Choose(2, 5))
            .SelectMany(size => Gen.ArrayOf(Gen.Choose(1, 7), size.Item1 * size.Item2).Select(values => (size.Item1, size.Item2, values)));
        return Prop.ForAll(
            table.ToArbitrary(),
            data =>
            {
                var (n, k, values) = data;
                var ratings = new double[n, k];
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        ratings[i, j] = values[(i * k) + j];
                    }
                }

                var result = ShroutFleissIcc.Compute(ratings);
                foreach (var estimate in result.Estimates)
                {
                    if (!estimate.Value.TryGetValue(out var icc))
                    {
                        continue;
                    }

                    // psych's ICC2 / ICC2k formulas are reproduced, not repaired, and leave the laws in degenerate corners
                    // with a negative ICC2: the ICC2k denominator MSB + (MSJ - MSE)/n can be <= 0, and the
                    // Satterthwaite-type bounds need not bracket a negative estimate, and L -> L k / (1 + L (k - 1)) is not
                    // monotone below L = -1/(k - 1). The laws are checked for ICC2 >= 0 (and, for ICC2k, L > -1/(k - 1)).
                    var twoWayRandom = estimate.Form is IccForm.Icc2 or IccForm.Icc2K;
                    if (twoWayRandom && !(result[IccForm.Icc2].Value.ToNullable() >= 0))
                    {
                        continue;
                    }

                    if (estimate.Form == IccForm.Icc2K && !(result[IccForm.Icc2].LowerBound.ToNullable() > -1.0 / (k - 1)))
                    {
                        continue;
                    }

                    Assert.True(icc <= 1 + 1e-12, $"{estimate.Form} = {icc} > 1");
                    if (estimate.LowerBound.TryGetValue(out var lower))
                    {
                        Assert.True(lower <= icc + 1e-9, $"{estimate.Form}: lower {lower} > {icc}");
                    }

                    if (estimate.UpperBound.TryGetValue(out var upper))
                    {
                        Assert.True(upper >= icc - 1e-9 && upper <= 1 + 1e-12, $"{estimate.Form}: upper {upper} vs {icc}");
                    }
                }

                return true;
            });
    }
}
