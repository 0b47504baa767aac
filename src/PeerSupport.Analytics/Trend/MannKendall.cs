using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Mann–Kendall monotonic trend test. S is computed over all n(n − 1)/2 pairs (O(n²) time, O(n) memory), which is
/// instant for weekly or session series of a few thousand points. Pure and thread-safe.
/// </summary>
public static class MannKendall
{
    /// <summary>Runs the test on a series given in time order.</summary>
    /// <param name="series">The values in time order (at least 2, finite).</param>
    /// <returns>S, its tie-corrected variance, the continuity-corrected Z and the two-sided p.</returns>
    /// <exception cref="ArgumentException">Thrown when there are fewer than 2 values or a value is NaN or infinite.</exception>
    public static MannKendallResult Compute(ReadOnlySpan<double> series)
    {
        SampleMath.RequireFinite(series, 2, nameof(series));
        var n = series.Length;
        long s = 0;
        for (var i = 0; i < n - 1; i++)
        {
            var yi = series[i];
            for (var j = i + 1; j < n; j++)
            {
                s += Math.Sign(series[j] - yi);
            }
        }

        var ties = TieGroups.Sizes(series);
        var tieTerm = 0.0;
        foreach (var t in ties)
        {
            tieTerm += (double)t * (t - 1) * ((2.0 * t) + 5);
        }

        var variance = (((double)n * (n - 1) * ((2.0 * n) + 5)) - tieTerm) / 18;
        var z = s > 0 ? (s - 1) / Math.Sqrt(variance)
            : s < 0 ? (s + 1) / Math.Sqrt(variance)
            : 0;
        return new MannKendallResult
        {
            Count = n,
            S = s,
            TieGroupSizes = ties,
            VarianceS = variance,
            Z = z,
            P = 2 * Distributions.NormalCdf(-Math.Abs(z)),
        };
    }
}
