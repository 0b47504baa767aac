using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Trend;

/// <summary>Kendall rank correlation tau-b and its normal-approximation test (O(n log n)). Pure and thread-safe.</summary>
public static class KendallTau
{
    /// <summary>Computes tau-b of x and y and the cor.test z and two-sided p without continuity correction.</summary>
    /// <param name="x">First variable (for a trend: the time points), at least 2, finite.</param>
    /// <param name="y">Second variable, same length.</param>
    /// <returns>The correlation and test.</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, there are fewer than 2 pairs, or a value is NaN or infinite.</exception>
    public static KendallTauResult Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        SampleMath.RequireSameLength(x.Length, y.Length, nameof(x), nameof(y));
        SampleMath.RequireFinite(x, 2, nameof(x));
        SampleMath.RequireFinite(y, 2, nameof(y));
        var n = x.Length;
        var s = KendallScore.ForPairs(x, y);

        var xt = TieGroups.Sizes(x);
        var yt = TieGroups.Sizes(y);
        double nd = n;
        var n0 = nd * (nd - 1) / 2;
        var n1 = xt.Sum(t => (double)t * (t - 1)) / 2;
        var n2 = yt.Sum(t => (double)t * (t - 1)) / 2;
        var v0 = nd * (nd - 1) * ((2 * nd) + 5);
        var vt = xt.Sum(t => (double)t * (t - 1) * ((2.0 * t) + 5));
        var vu = yt.Sum(t => (double)t * (t - 1) * ((2.0 * t) + 5));
        var v1 = xt.Sum(t => (double)t * (t - 1)) * yt.Sum(t => (double)t * (t - 1));
        var v2 = xt.Sum(t => (double)t * (t - 1) * (t - 2)) * yt.Sum(t => (double)t * (t - 1) * (t - 2));
        var variance = ((v0 - vt - vu) / 18) + (v1 / (2 * nd * (nd - 1)));
        if (n > 2)
        {
            variance += v2 / (9 * nd * (nd - 1) * (nd - 2));
        }

        var denominator = (n0 - n1) * (n0 - n2);
        var constant = x.Length > 0 && (n1 == n0 || n2 == n0);
        var tau = constant || !(denominator > 0)
            ? Statistic.Undefined(n1 == n0 ? "x is constant" : "y is constant")
            : Statistic.Of(s / Math.Sqrt(denominator));
        if (!(variance > 0))
        {
            const string Reason = "variance of S is 0";
            return new KendallTauResult { Count = n, S = s, TauB = tau, VarianceS = Math.Max(variance, 0), Z = Statistic.Undefined(Reason), P = Statistic.Undefined(Reason) };
        }

        var z = s / Math.Sqrt(variance);
        var p = 2 * Math.Min(Distributions.NormalCdf(z), Distributions.NormalCdf(-z));
        return new KendallTauResult { Count = n, S = s, TauB = tau, VarianceS = variance, Z = Statistic.Of(z), P = Statistic.Of(p) };
    }
}
