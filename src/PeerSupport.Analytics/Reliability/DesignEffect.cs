namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// Design effect of clustering (members nested in groups) and the effective sample size it implies.
/// Pure functions; thread-safe.
/// </summary>
public static class DesignEffect
{
    /// <summary>Computes the design effect <c>1 + (m̄ − 1)·ICC</c>.</summary>
    /// <param name="meanGroupSize">The mean group size m̄ (arithmetic mean N/J, not n₀), finite and ≥ 1.</param>
    /// <param name="icc">The intraclass correlation, finite and ≤ 1 (may be negative).</param>
    /// <returns>The design effect.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument is outside its range.</exception>
    public static double FromIcc(double meanGroupSize, double icc)
    {
        if (!double.IsFinite(meanGroupSize) || meanGroupSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(meanGroupSize), $"meanGroupSize must be finite and >= 1, was {meanGroupSize}.");
        }

        if (!double.IsFinite(icc) || icc > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(icc), $"icc must be finite and <= 1, was {icc}.");
        }

        return 1 + ((meanGroupSize - 1) * icc);
    }

    /// <summary>Computes the effective sample size <c>n / DE</c>.</summary>
    /// <param name="n">The number of observations, finite and ≥ 0.</param>
    /// <param name="designEffect">The design effect, finite and &gt; 0.</param>
    /// <returns>The effective sample size.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an argument is outside its range.</exception>
    public static double EffectiveSampleSize(double n, double designEffect)
    {
        if (!double.IsFinite(n) || n < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), $"n must be finite and >= 0, was {n}.");
        }

        if (!double.IsFinite(designEffect) || designEffect <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(designEffect), $"designEffect must be finite and > 0, was {designEffect}.");
        }

        return n / designEffect;
    }
}
