using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Mann–Kendall monotonic trend test. S counts all n(n − 1)/2 pairs but is computed in O(n log n) time and O(n)
/// memory (merge-sort inversion count), so long attendance series are cheap. Pure and thread-safe.
/// </summary>
public static class MannKendall
{
    /// <summary>Runs the test on a series given in time order.</summary>
    /// <param name="series">The values in time order (at least 2, finite).</param>
    /// <returns>S, its tie-corrected variance, the continuity-corrected Z and the two-sided p (both undefined for a constant series).</returns>
    /// <exception cref="ArgumentException">Thrown when there are fewer than 2 values or a value is NaN or infinite.</exception>
    public static MannKendallResult Compute(ReadOnlySpan<double> series)
    {
        SampleMath.RequireFinite(series, 2, nameof(series));
        var n = series.Length;
        var s = KendallScore.ForSeries(series);

        var ties = TieGroups.Sizes(series);
        var tieTerm = 0.0;
        foreach (var t in ties)
        {
            tieTerm += (double)t * (t - 1) * ((2.0 * t) + 5);
        }

        var variance = (((double)n * (n - 1) * ((2.0 * n) + 5)) - tieTerm) / 18;
        var z = !(variance > 0) ? Statistic.Undefined("every value in the series is equal, so Var S is 0 and Z is 0/0")
            : s > 0 ? Statistic.Of((s - 1) / Math.Sqrt(variance))
            : s < 0 ? Statistic.Of((s + 1) / Math.Sqrt(variance))
            : Statistic.Of(0);
        return new MannKendallResult
        {
            Count = n,
            S = s,
            TieGroupSizes = ties,
            VarianceS = variance,
            Z = z,
            P = z.TryGetValue(out var zValue) ? Statistic.Of(2 * Distributions.NormalCdf(-Math.Abs(zValue))) : z,
        };
    }
}
