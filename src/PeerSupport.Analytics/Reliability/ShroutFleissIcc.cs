using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// Shrout–Fleiss intraclass correlations from a complete targets × judges table, computed from exact two-way ANOVA
/// mean squares as R's <c>psych::ICC(x, alpha = 0.05, lmer = FALSE)</c> does (psych's default <c>lmer = TRUE</c>
/// agrees only to about 1e-6). Thread-safe (no shared state).
/// </summary>
public static class ShroutFleissIcc
{
    /// <summary>Computes all six forms with F tests and 95 % bounds.</summary>
    /// <param name="ratings">Ratings, rows = targets (n ≥ 2), columns = judges (k ≥ 2), all finite; no missing values.</param>
    /// <returns>The result; an ICC whose denominator is 0 (e.g. constant ratings) is undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="ratings"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when there are fewer than 2 targets or 2 judges, or a rating is not finite.</exception>
    public static ShroutFleissIccResult Compute(double[,] ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var n = ratings.GetLength(0);
        var k = ratings.GetLength(1);
        if (n < 2)
        {
            throw new ArgumentException($"ICC needs at least 2 targets (rows), got {n}.", nameof(ratings));
        }

        if (k < 2)
        {
            throw new ArgumentException($"ICC needs at least 2 judges (columns), got {k}.", nameof(ratings));
        }

        var grand = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var x = ratings[i, j];
                if (!double.IsFinite(x))
                {
                    throw new ArgumentException($"ratings[{i}, {j}] must be finite, was {x}.", nameof(ratings));
                }

                grand += x;
            }
        }

        grand /= n * k;
        var rowMeans = new double[n];
        var colMeans = new double[k];
        var sst = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var centered = ratings[i, j] - grand;
                rowMeans[i] += centered;
                colMeans[j] += centered;
                sst += centered * centered;
            }
        }

        var ssb = 0.0;
        for (var i = 0; i < n; i++)
        {
            var m = rowMeans[i] / k;
            ssb += k * m * m;
        }

        var ssj = 0.0;
        for (var j = 0; j < k; j++)
        {
            var m = colMeans[j] / n;
            ssj += n * m * m;
        }

        var sse = Math.Max(sst - ssb - ssj, 0.0);
        double df1 = n - 1;
        double dfOneWay = n * (k - 1);
        double dfResidual = (n - 1) * (k - 1);
        var msb = ssb / df1;
        var msj = ssj / (k - 1);
        var mse = sse / dfResidual;
        var msw = (ssj + sse) / dfOneWay;
        return new ShroutFleissIccResult(n, k, msb, msw, msj, mse, Estimates(n, k, msb, msw, msj, mse));
    }

    private static IccEstimate[] Estimates(int n, int k, double msb, double msw, double msj, double mse)
    {
        const string ZeroVariance = "the mean squares are 0 (constant ratings), so the ratio is 0/0";
        const string ZeroDenominator = "the denominator is 0 (no variance between targets or constant ratings)";
        double df1 = n - 1;
        double dfOneWay = n * (k - 1);
        double dfResidual = (n - 1) * (k - 1);

        var f1 = msb / msw;
        var f3 = msb / mse;
        var p1 = double.IsNaN(f1) ? double.NaN : Distributions.FUpperTail(f1, df1, dfOneWay);
        var p3 = double.IsNaN(f3) ? double.NaN : Distributions.FUpperTail(f3, df1, dfResidual);

        var icc1 = (msb - msw) / (msb + ((k - 1) * msw));
        var icc2 = (msb - mse) / (msb + ((k - 1) * mse) + (k * (msj - mse) / n));
        var icc3 = (msb - mse) / (msb + ((k - 1) * mse));
        var icc1k = (msb - msw) / msb;
        var icc2k = (msb - mse) / (msb + ((msj - mse) / n));
        var icc3k = (msb - mse) / msb;

        var f1L = f1 / Distributions.FQuantile(0.975, df1, dfOneWay);
        var f1U = f1 * Distributions.FQuantile(0.975, dfOneWay, df1);
        var f3L = f3 / Distributions.FQuantile(0.975, df1, dfResidual);
        var f3U = f3 * Distributions.FQuantile(0.975, dfResidual, df1);

        var (l2, u2) = Icc2Bounds(n, k, msb, msj, mse, icc2);

        return
        [
            Make(IccForm.Icc1, icc1, f1, df1, dfOneWay, p1, (f1L - 1) / (f1L + k - 1), (f1U - 1) / (f1U + k - 1)),
            Make(IccForm.Icc2, icc2, f3, df1, dfResidual, p3, l2, u2),
            Make(IccForm.Icc3, icc3, f3, df1, dfResidual, p3, (f3L - 1) / (f3L + k - 1), (f3U - 1) / (f3U + k - 1)),
            Make(IccForm.Icc1K, icc1k, f1, df1, dfOneWay, p1, 1 - (1 / f1L), 1 - (1 / f1U)),
            Make(IccForm.Icc2K, icc2k, f3, df1, dfResidual, p3, l2 * k / (1 + (l2 * (k - 1))), u2 * k / (1 + (u2 * (k - 1)))),
            Make(IccForm.Icc3K, icc3k, f3, df1, dfResidual, p3, 1 - (1 / f3L), 1 - (1 / f3U)),
        ];

        static IccEstimate Make(IccForm form, double icc, double f, double df1, double df2, double p, double lower, double upper)
            => new(
                form,
                double.IsFinite(icc) ? Statistic.Of(icc) : Statistic.Undefined(ZeroDenominator),
                Statistic.FromDouble(f, ZeroVariance),
                df1,
                df2,
                Statistic.FromDouble(p, ZeroVariance),
                Bound(lower),
                Bound(upper));

        static Statistic Bound(double value)
            => double.IsFinite(value) ? Statistic.Of(value) : Statistic.Undefined("the F ratio is 0/0 or infinite, so the bound is undefined");
    }

    /// <summary>psych's Satterthwaite-type bounds for ICC(2,1), with non-integer df v.</summary>
    private static (double Lower, double Upper) Icc2Bounds(int n, int k, double msb, double msj, double mse, double r)
    {
        var fj = msj / mse;
        var a = (k * r * fj) + (n * (1 + ((k - 1) * r))) - (k * r);
        var b = (n * (1 + ((k - 1) * r))) - (k * r);
        var v = (k - 1) * (n - 1) * a * a / (((n - 1) * k * k * r * r * fj * fj) + (b * b));
        if (!(v > 0) || double.IsInfinity(v))
        {
            return (double.NaN, double.NaN);
        }

        var fu = Distributions.FQuantile(0.975, n - 1, v);
        var fl = Distributions.FQuantile(0.975, v, n - 1);
        var common = (k * msj) + (((k * n) - k - n) * mse);
        var lower = n * (msb - (fu * mse)) / ((fu * common) + (n * msb));
        var upper = n * ((fl * msb) - mse) / (common + (n * fl * msb));
        return (lower, upper);
    }
}
