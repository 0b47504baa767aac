using MathNet.Numerics.Distributions;

namespace PeerSupport.Analytics.Internal;

/// <summary>
/// Distribution functions used by the statistics, wrapping MathNet.Numerics (which stays out of the
/// public API). Quantiles are polished with Newton steps on the CDF so they agree with R's
/// <c>qnorm</c>, <c>qt</c>, <c>qf</c> and <c>qchisq</c> to about 1e-13 relative.
/// </summary>
internal static class Distributions
{
    /// <summary>The two-sided 95 % normal quantile, <c>qnorm(0.975)</c> at full precision.</summary>
    public const double Z975 = 1.959963984540054;

    public static double NormalCdf(double x) => Normal.CDF(0, 1, x);

    public static double NormalQuantile(double p) => Polish(Normal.InvCDF(0, 1, p), p, NormalCdf, static x => Normal.PDF(0, 1, x));

    /// <summary>Upper tail <c>P(Z &gt; x)</c>, computed without cancellation.</summary>
    public static double NormalUpperTail(double x) => NormalCdf(-x);

    public static double StudentTCdf(double x, double df) => StudentT.CDF(0, 1, df, x);

    /// <summary>Two-sided p-value <c>2 P(T_df &gt; |t|)</c>.</summary>
    public static double StudentTTwoSided(double t, double df) => 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));

    public static double StudentTQuantile(double p, double df)
        => Polish(StudentT.InvCDF(0, 1, df, p), p, x => StudentTCdf(x, df), x => StudentT.PDF(0, 1, df, x));

    public static double FCdf(double x, double df1, double df2) => FisherSnedecor.CDF(df1, df2, x);

    /// <summary>Upper tail <c>P(F &gt; x)</c> via the regularized incomplete beta function (no 1 − CDF cancellation).</summary>
    public static double FUpperTail(double x, double df1, double df2)
    {
        if (x <= 0)
        {
            return 1;
        }

        // P(F > x) = I_{df2/(df2 + df1 x)}(df2/2, df1/2)
        return MathNet.Numerics.SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + (df1 * x)));
    }

    /// <summary>
    /// F quantile. MathNet's <c>FisherSnedecor.InvCDF</c> searches a bounded bracket and throws for small (non-integer)
    /// degrees of freedom whose quantiles are large, so the quantile is found here by bisection on the log of the beta
    /// variable of the upper tail (always bracketed) and then polished with Newton steps on the CDF.
    /// </summary>
    public static double FQuantile(double p, double df1, double df2)
    {
        if (!(df1 > 0) || !(df2 > 0) || double.IsNaN(p) || p < 0 || p > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p), $"F quantile needs 0 <= p <= 1 and df1, df2 > 0, got p = {p}, df1 = {df1}, df2 = {df2}.");
        }

        if (p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        // P(F > x) = I_w(df2/2, df1/2) with w = df2/(df2 + df1 x), increasing in w: solve I_w = 1 - p for log w.
        var target = 1 - p;
        var lo = -745.0;
        var hi = 0.0;
        for (var i = 0; i < 200; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (mid == lo || mid == hi)
            {
                break;
            }

            if (MathNet.Numerics.SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, Math.Exp(mid)) < target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        var w = Math.Exp(0.5 * (lo + hi));
        var x = df2 * (1 - w) / (df1 * w);
        return Polish(x, p, x => FCdf(x, df1, df2), x => FisherSnedecor.PDF(df1, df2, x), positive: true);
    }

    /// <summary>Upper tail <c>P(χ²_df &gt; x)</c>.</summary>
    public static double ChiSquaredUpperTail(double x, double df)
        => x <= 0 ? 1 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2, x / 2);

    public static double LogGamma(double x) => MathNet.Numerics.SpecialFunctions.GammaLn(x);

    private static double Polish(double x, double p, Func<double, double> cdf, Func<double, double> pdf, bool positive = false)
    {
        for (var i = 0; i < 4; i++)
        {
            var density = pdf(x);
            if (!(density > 0) || double.IsInfinity(density))
            {
                break;
            }

            var step = (cdf(x) - p) / density;
            var next = x - step;
            if (positive && next <= 0)
            {
                next = x / 2;
            }

            if (next == x || double.IsNaN(next))
            {
                break;
            }

            x = next;
        }

        return x;
    }
}
