using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Theil–Sen slope estimator. Inherently O(n²): it materialises all n(n − 1)/2 pairwise slopes (8 bytes each) and
/// takes their median by sorting (O(n² log n)); 2 000 points mean about 2 million slopes (16 MB). Pure and thread-safe.
/// </summary>
public static class TheilSen
{
    /// <summary>Fits the Theil–Sen line y = intercept + slope x.</summary>
    /// <param name="x">The x values (for a trend: time points), at least 2, finite; pairs with equal x are skipped.</param>
    /// <param name="y">The y values, same length and order.</param>
    /// <returns>The slope and intercepts; undefined when every x is equal.</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, there are fewer than 2 points, a value is NaN or infinite, or there are too many pairs to hold in one array.</exception>
    public static TheilSenResult Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        SampleMath.RequireSameLength(x.Length, y.Length, nameof(x), nameof(y));
        SampleMath.RequireFinite(x, 2, nameof(x));
        SampleMath.RequireFinite(y, 2, nameof(y));
        var n = x.Length;
        var pairs = (long)n * (n - 1) / 2;
        if (pairs > Array.MaxLength)
        {
            throw new ArgumentException($"Theil–Sen needs all pairwise slopes in memory; {n} points give {pairs} pairs, more than the {Array.MaxLength} an array can hold.", nameof(x));
        }

        var slopes = new List<double>((int)pairs);
        for (var i = 0; i < n - 1; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (x[j] != x[i])
                {
                    slopes.Add((y[j] - y[i]) / (x[j] - x[i]));
                }
            }
        }

        if (slopes.Count == 0)
        {
            var undefined = Statistic.Undefined("every x value is equal");
            return new TheilSenResult { PairCount = 0, Slope = undefined, Intercept = undefined, InterceptMedianYMinusSlopeMedianX = undefined };
        }

        var slope = SampleMath.MedianInPlace(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(slopes));
        var residuals = new double[n];
        for (var i = 0; i < n; i++)
        {
            residuals[i] = y[i] - (slope * x[i]);
        }

        var intercept = SampleMath.MedianInPlace(residuals);
        var alternative = SampleMath.MedianInPlace(y.ToArray()) - (slope * SampleMath.MedianInPlace(x.ToArray()));
        return new TheilSenResult
        {
            PairCount = slopes.Count,
            Slope = Statistic.Of(slope),
            Intercept = Statistic.Of(intercept),
            InterceptMedianYMinusSlopeMedianX = Statistic.Of(alternative),
        };
    }
}
