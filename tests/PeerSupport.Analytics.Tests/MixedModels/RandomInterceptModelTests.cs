using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PeerSupport.Analytics.MixedModels;
using PeerSupport.Analytics.Tests.Reference;

namespace PeerSupport.Analytics.Tests.MixedModels;

public sealed class RandomInterceptModelTests
{
    // The high-precision block is lme4 evaluated at the exact root of the REML score equation (README asks 1e-8; we meet 1e-12).
    private const double HighPrecision = 1e-12;

    // lme4's default optimizer stops ~1e-8 (relative, in theta) from the optimum; README tolerances for that block.
    private const double DefaultOptimizerVariance = 1e-5;
    private const double DefaultOptimizerFixed = 1e-6;

    [Fact]
    public void Fit_Case05Balanced_MatchesHighPrecisionAndDefaultOptimizerBlocks()
    {
        var reference = ReferenceCase.Load("case05_lmer_balanced");
        var fit = FitCase(reference);

        reference.Check("/results/n_obs", fit.Observations, HighPrecision);
        reference.Check("/results/n_groups", fit.GroupCount, HighPrecision);
        reference.CheckArray("/results/group_sizes", fit.GroupSizes.Select(s => (double)s).ToArray(), HighPrecision);
        Assert.Equal("y ~ x + (1 | group)", reference.At("/results/formula").GetString());
        CheckBlock(reference, "/results/high_precision", fit, HighPrecision, HighPrecision);
        CheckBlock(reference, "/results/lmer_default_optimizer", fit, DefaultOptimizerVariance, DefaultOptimizerFixed);

        // R's own default-vs-exact differences: ours sit on the exact side, so |default - ours| / ours reproduces them.
        foreach (var (key, ours) in new (string, double)[] { ("random_intercept_variance", fit.RandomInterceptVariance), ("residual_variance", fit.ResidualVariance), ("icc", fit.Icc) })
        {
            var rDefault = reference.Number($"/results/lmer_default_optimizer/{key}")!.Value;
            reference.Check($"/results/relative_difference_default_vs_high_precision/{key}", Math.Abs(rDefault - ours) / Math.Abs(ours), 1e-5);
        }

        reference.NotCompared("/results/relative_difference_default_vs_high_precision/reml_loglik", "5e-16 is rounding noise between two R evaluations; the log-likelihood itself is compared in both blocks");
        reference.AssertEveryNumberChecked();
    }

    [Fact]
    public void Fit_Case05_ScoreEquationIsZeroAndCriterionIsMinimal()
    {
        var reference = ReferenceCase.Load("case05_lmer_balanced");
        var fit = FitCase(reference);

        Assert.True(Math.Abs(fit.ScoreAtOptimum) < 1e-9, $"score {fit.ScoreAtOptimum}");
        Assert.False(fit.IsSingular);
        var relativeTheta = Math.Abs(fit.Theta - reference.Number("/results/high_precision/theta")!.Value) / fit.Theta;
        Assert.True(relativeTheta < 1e-10, $"theta relative error {relativeTheta:E2}");
    }

    [Fact]
    public void Fit_UnbalancedTwoCovariates_ReproducesIndependentGlsAtTheta()
    {
        // Unbalanced groups (2..6), two covariates; check GLS identities at the fitted theta by brute force.
        var random = new Random(7);
        var sizes = new[] { 2, 5, 3, 6, 4, 2, 5 };
        var groups = new List<int>();
        var x = new List<(double A, double B)>();
        var y = new List<double>();
        for (var g = 0; g < sizes.Length; g++)
        {
            var u = random.NextDouble() * 2;
            for (var i = 0; i < sizes[g]; i++)
            {
                var a = random.NextDouble() * 10;
                var b = random.Next(2);
                groups.Add(g);
                x.Add((a, b));
                y.Add(1 + (0.3 * a) - (0.8 * b) + u + (random.NextDouble() * 3));
            }
        }

        var covariates = new double[y.Count, 2];
        for (var i = 0; i < y.Count; i++)
        {
            covariates[i, 0] = x[i].A;
            covariates[i, 1] = x[i].B;
        }

        var fit = RandomInterceptModel.Fit(y, groups, covariates, ["a", "b"]);

        Assert.Equal(["(Intercept)", "a", "b"], fit.FixedEffects.Select(f => f.Term).ToArray());
        Assert.Equal(sizes, fit.GroupSizes.ToArray());
        var (beta, sigma2, criterion) = BruteForceGls(y, groups, covariates, fit.Theta * fit.Theta);
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal(beta[k], fit.FixedEffects[k].Estimate, 9);
        }

        Assert.Equal(sigma2, fit.ResidualVariance, 9);
        Assert.Equal(criterion, fit.RemlCriterion, 8);
        if (!fit.IsSingular)
        {
            Assert.True(Math.Abs(fit.ScoreAtOptimum) < 1e-8);
            var lower = BruteForceGls(y, groups, covariates, Math.Pow(fit.Theta * 0.999, 2)).Criterion;
            var upper = BruteForceGls(y, groups, covariates, Math.Pow(fit.Theta * 1.001, 2)).Criterion;
            Assert.True(lower > fit.RemlCriterion && upper > fit.RemlCriterion);
        }
    }

    [Fact]
    public void Fit_NoGroupVariation_SingularFitWithZeroTheta()
    {
        // Group means identical by construction: the REML estimate of tau^2 is 0.
        double[] y = [1, 3, 2, 2, 3, 1, 2, 2];
        int[] groups = [1, 1, 1, 1, 2, 2, 2, 2];

        var fit = RandomInterceptModel.Fit(y, groups);

        Assert.True(fit.IsSingular);
        Assert.Equal(0.0, fit.RandomInterceptVariance);
        Assert.Equal(0.0, fit.Icc);
        Assert.True(fit.ScoreAtOptimum >= 0);
        Assert.Equal(2.0, fit.FixedEffects[0].Estimate, 12);
        Assert.Equal(y.Select(v => (v - 2) * (v - 2)).Sum() / 7, fit.ResidualVariance, 12);
    }

    [Fact]
    public void Fit_ConstantResponse_ThrowsWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([2.0, 2, 2, 2], [1, 1, 2, 2]));
        Assert.Contains("residual variance is 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_ResponseConstantWithinGroups_ThrowsWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([2.0, 2, 5, 5, 3, 3], [1, 1, 2, 2, 3, 3]));
        Assert.Contains("no variation within groups", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_GroupLevelCovariate_MatchesIndependentGls()
    {
        // A covariate constant within each group (e.g. group format) is centred to 0 within groups: the between part
        // alone must identify it.
        double[] y = [3.1, 2.4, 4.0, 5.2, 6.1, 5.5, 2.2, 3.3, 2.9, 6.8, 7.1, 6.0];
        int[] groups = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4];
        var covariates = new double[12, 2];
        for (var i = 0; i < 12; i++)
        {
            covariates[i, 0] = groups[i] % 2 == 0 ? 1 : 0;
            covariates[i, 1] = (i * 0.37) % 1.3;
        }

        var fit = RandomInterceptModel.Fit(y, groups, covariates, ["online", "week"]);
        var (beta, sigma2, criterion) = BruteForceGls([.. y], [.. groups], covariates, fit.Theta * fit.Theta);

        Assert.Equal(beta[1], fit.FixedEffects[1].Estimate, 9);
        Assert.Equal(sigma2, fit.ResidualVariance, 9);
        Assert.Equal(criterion, fit.RemlCriterion, 8);
    }

    [Fact]
    public void Fit_OneGroup_ThrowsNamingTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3], ["a", "a", "a"]));
        Assert.Contains("at least 2 groups, got 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_MismatchedLengths_ThrowsNamingBoth()
    {
        var groups = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3], [1, 2]));
        Assert.Contains("response has 3, groups has 2", groups.Message, StringComparison.Ordinal);
        var rows = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3], [1, 2, 2], new double[2, 1], ["x"]));
        Assert.Contains("covariates has 2 rows", rows.Message, StringComparison.Ordinal);
        var names = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3], [1, 2, 2], new double[3, 1], []));
        Assert.Contains("1 columns, 0 names", names.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_CollinearCovariates_Throws()
    {
        var covariates = new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 }, { 4, 8 }, { 5, 10 }, { 6, 12 } };
        var ex = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 3, 2, 5, 4, 6], [1, 1, 1, 2, 2, 2], covariates, ["x", "twice_x"]));
        Assert.Contains("rank deficient", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_BadValuesAndNames_Throw()
    {
        Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, double.NaN, 3, 4], [1, 1, 2, 2]));
        Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3, 4], [1, 1, 2, 2], new double[,] { { 1 }, { double.PositiveInfinity }, { 0 }, { 1 } }, ["x"]));
        Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2, 3, 4], [1, 1, 2, 2], new double[4, 1], ["(Intercept)"]));
        var tooFew = Assert.Throws<ArgumentException>(() => RandomInterceptModel.Fit([1.0, 2], [1, 2], new double[2, 1], ["x"]));
        Assert.Contains("n = 2, p = 2", tooFew.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RandomInterceptModel.Fit<int>(null!, [1]));
    }

    [Property(MaxTest = 60)]
    public Property Fit_ShiftingY_ShiftsInterceptOnly()
    {
        return Prop.ForAll(
            Data().ToArbitrary(),
            Gen.Choose(-1000, 1000).ToArbitrary(),
            (data, shift) =>
            {
                var (y, groups, covariates) = data;
                var fit = RandomInterceptModel.Fit(y, groups, covariates, ["x"]);
                var shifted = RandomInterceptModel.Fit(y.Select(v => v + shift).ToArray(), groups, covariates, ["x"]);
                Close(fit.FixedEffects[0].Estimate + shift, shifted.FixedEffects[0].Estimate, 1e-6, Math.Abs(shift) + 1);
                Close(fit.FixedEffects[1].Estimate, shifted.FixedEffects[1].Estimate, 1e-6, 1);
                Close(fit.ResidualVariance, shifted.ResidualVariance, 1e-6, 0);
                Close(fit.RandomInterceptVariance, shifted.RandomInterceptVariance, 1e-6, fit.ResidualVariance);
                Close(fit.FixedEffects[0].StandardError, shifted.FixedEffects[0].StandardError, 1e-6, 0);
                return true;
            });
    }

    [Property(MaxTest = 60)]
    public Property Fit_ScalingY_ScalesVariancesKeepsTheta()
    {
        return Prop.ForAll(
            Data().ToArbitrary(),
            Gen.Choose(1, 50).ToArbitrary(),
            (data, factor) =>
            {
                var (y, groups, covariates) = data;
                var fit = RandomInterceptModel.Fit(y, groups, covariates, ["x"]);
                var scaled = RandomInterceptModel.Fit(y.Select(v => v * factor).ToArray(), groups, covariates, ["x"]);
                Close(fit.Theta, scaled.Theta, 1e-6, 1e-6);
                Close(fit.ResidualVariance * factor * factor, scaled.ResidualVariance, 1e-6, 0);
                Close(fit.FixedEffects[1].Estimate * factor, scaled.FixedEffects[1].Estimate, 1e-6, factor);
                return fit.Icc is >= 0 and < 1;
            });
    }

    [Property(MaxTest = 40)]
    public Property Fit_RandomData_CriterionIsMinimalAgainstIndependentEvaluation()
    {
        return Prop.ForAll(
            Data().ToArbitrary(),
            data =>
            {
                var (y, groups, covariates) = data;
                var fit = RandomInterceptModel.Fit(y, groups, covariates, ["x"]);
                var yList = y.ToList();
                var groupList = groups.ToList();
                var (_, _, atFit) = BruteForceGls(yList, groupList, covariates, fit.Theta * fit.Theta);
                Close(atFit, fit.RemlCriterion, 1e-9, 1);
                foreach (var theta in new[] { 0, fit.Theta * 0.98, (fit.Theta * 1.02) + 1e-3, fit.Theta + 1 })
                {
                    var (_, _, other) = BruteForceGls(yList, groupList, covariates, theta * theta);
                    Assert.True(other >= fit.RemlCriterion - 1e-9, $"criterion {other} at theta {theta} below the fit's {fit.RemlCriterion} at {fit.Theta}");
                }

                return fit.IsSingular ? fit.ScoreAtOptimum >= 0 : Math.Abs(fit.ScoreAtOptimum) < 1e-6;
            });
    }

    private static Gen<(double[] Y, int[] Groups, double[,] Covariates)> Data()
        => Gen.Choose(3, 7).SelectMany(groupCount =>
            Gen.ArrayOf(Gen.Choose(2, 6), groupCount).SelectMany(sizes =>
            {
                var n = sizes.Sum();
                return Gen.Zip(Gen.ArrayOf(Gen.Choose(-50, 50), n), Gen.ArrayOf(Gen.Choose(0, 100), n)).Select(values =>
                {
                    var groups = sizes.SelectMany((size, g) => Enumerable.Repeat(g, size)).ToArray();
                    var covariates = new double[n, 1];
                    var y = new double[n];
                    for (var i = 0; i < n; i++)
                    {
                        covariates[i, 0] = values.Item2[i] / 10.0;
                        y[i] = (values.Item1[i] / 10.0) + (groups[i] % 3);
                    }

                    return (y, groups, covariates);
                });
            }));

    private static void Close(double expected, double actual, double relative, double scale)
        => Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(Math.Abs(expected), scale) + 1e-12, $"expected {expected}, got {actual}");

    private static RandomInterceptFit FitCase(ReferenceCase reference)
    {
        var groups = reference.NumberColumn("group").Select(g => (int)g).ToArray();
        var x = reference.NumberColumn("x");
        var covariates = new double[x.Length, 1];
        for (var i = 0; i < x.Length; i++)
        {
            covariates[i, 0] = x[i];
        }

        return RandomInterceptModel.Fit(reference.NumberColumn("y"), groups, covariates, ["x"]);
    }

    private static void CheckBlock(ReferenceCase reference, string block, RandomInterceptFit fit, double varianceTolerance, double fixedTolerance)
    {
        for (var k = 0; k < fit.FixedEffects.Count; k++)
        {
            var prefix = $"{block}/fixed_effects/{k}";
            Assert.Equal(reference.At(prefix + "/term").GetString(), fit.FixedEffects[k].Term);
            reference.Check(prefix + "/estimate", fit.FixedEffects[k].Estimate, fixedTolerance);
            reference.Check(prefix + "/std_error", fit.FixedEffects[k].StandardError, fixedTolerance);
            reference.Check(prefix + "/t_value", fit.FixedEffects[k].TValue, fixedTolerance);
            reference.CheckArray($"{block}/vcov_fixed/{k}", fit.FixedEffectsCovariance[k], fixedTolerance);
        }

        reference.Check(block + "/random_intercept_variance", fit.RandomInterceptVariance, varianceTolerance);
        reference.Check(block + "/residual_variance", fit.ResidualVariance, varianceTolerance);
        reference.Check(block + "/random_intercept_sd", fit.RandomInterceptStandardDeviation, varianceTolerance);
        reference.Check(block + "/residual_sd", fit.ResidualStandardDeviation, varianceTolerance);
        reference.Check(block + "/theta", fit.Theta, varianceTolerance);
        reference.Check(block + "/reml_loglik", fit.RemlLogLikelihood, fixedTolerance);
        reference.Check(block + "/reml_criterion", fit.RemlCriterion, fixedTolerance);
        reference.Check(block + "/icc", fit.Icc, varianceTolerance);
    }

    /// <summary>Independent dense GLS at a given λ (explicit V⁻¹ per group, normal equations) for cross-checking.</summary>
    private static (double[] Beta, double Sigma2, double Criterion) BruteForceGls(List<double> y, List<int> groups, double[,] covariates, double lambda)
    {
        var n = y.Count;
        var p = covariates.GetLength(1) + 1;
        double Xv(int i, int c) => c == 0 ? 1 : covariates[i, c - 1];
        var sizes = groups.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        double Vinv(int i, int j) => (i == j ? 1 : 0) - (groups[i] == groups[j] ? lambda / (1 + (lambda * sizes[groups[i]])) : 0);
        var a = new double[p, p];
        var rhs = new double[p];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var v = Vinv(i, j);
                if (v == 0)
                {
                    continue;
                }

                for (var r = 0; r < p; r++)
                {
                    rhs[r] += Xv(i, r) * v * y[j];
                    for (var c = 0; c < p; c++)
                    {
                        a[r, c] += Xv(i, r) * v * Xv(j, c);
                    }
                }
            }
        }

        // Solve by Gauss-Jordan on a small p x p system, and take log|A| from the pivots.
        var m = (double[,])a.Clone();
        var b = (double[])rhs.Clone();
        var logDet = 0.0;
        for (var col = 0; col < p; col++)
        {
            logDet += Math.Log(Math.Abs(m[col, col]));
            for (var r = 0; r < p; r++)
            {
                if (r == col)
                {
                    continue;
                }

                var f = m[r, col] / m[col, col];
                for (var c = 0; c < p; c++)
                {
                    m[r, c] -= f * m[col, c];
                }

                b[r] -= f * b[col];
            }
        }

        var beta = new double[p];
        for (var r = 0; r < p; r++)
        {
            beta[r] = b[r] / m[r, r];
        }

        var residual = new double[n];
        for (var i = 0; i < n; i++)
        {
            residual[i] = y[i];
            for (var c = 0; c < p; c++)
            {
                residual[i] -= Xv(i, c) * beta[c];
            }
        }

        var quadratic = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                quadratic += residual[i] * Vinv(i, j) * residual[j];
            }
        }

        var sigma2 = quadratic / (n - p);
        var logDetV = sizes.Values.Sum(s => Math.Log(1 + (lambda * s)));
        var criterion = logDetV + logDet + ((n - p) * (1 + Math.Log(2 * Math.PI * sigma2)));
        return (beta, sigma2, criterion);
    }
}
