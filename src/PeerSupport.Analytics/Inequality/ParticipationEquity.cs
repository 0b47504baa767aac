using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Inequality;

/// <summary>
/// Gini coefficient and Shannon entropy of non-negative participation values. The Gini uses the sorted-values identity
/// Σ_i Σ_j |x_i − x_j| = 2 Σ_k (2k − n − 1) x_(k) (k = 1..n, ascending), so it costs O(n log n) rather than O(n²);
/// the entropy is O(n). Pure and thread-safe.
/// </summary>
public static class ParticipationEquity
{
    /// <summary>Computes all four measures.</summary>
    /// <param name="values">Non-negative finite values, one per member (at least 1; members with 0 count).</param>
    /// <returns>The measures, undefined where the reference conventions say so.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="values"/> is empty or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a value is negative.</exception>
    public static ParticipationEquityResult Compute(ReadOnlySpan<double> values)
    {
        Validate(values);
        var n = values.Length;
        var total = 0.0;
        foreach (var v in values)
        {
            total += v;
        }

        var result = new ParticipationEquityResult { Count = n, Total = total };
        if (total == 0)
        {
            const string Reason = "every value is 0";
            var undefined = Statistic.Undefined(Reason);
            return result with { Gini = undefined, GiniCorrected = undefined, EntropyNats = undefined, EntropyNormalized = undefined };
        }

        var gini = GiniOf(values, total);
        var entropy = EntropyOf(values, total);
        const string TooFew = "fewer than 2 members";
        return result with
        {
            Gini = Statistic.Of(gini),
            GiniCorrected = n < 2 ? Statistic.Undefined(TooFew) : Statistic.Of(gini * n / (n - 1)),
            EntropyNats = Statistic.Of(entropy),
            EntropyNormalized = n < 2 ? Statistic.Undefined(TooFew) : Statistic.Of(Math.Min(1, entropy / Math.Log(n))),
        };
    }

    /// <summary>Computes the population Gini coefficient Σ_i Σ_j |x_i − x_j| / (2 n² mean).</summary>
    /// <param name="values">Non-negative finite values (at least 1).</param>
    /// <returns>The Gini in [0, (n − 1)/n]; undefined when every value is 0.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="values"/> is empty or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a value is negative.</exception>
    public static Statistic Gini(ReadOnlySpan<double> values) => Compute(values).Gini;

    /// <summary>Computes the normalised Shannon entropy −Σ p_i ln p_i / ln n.</summary>
    /// <param name="values">Non-negative finite values (at least 1).</param>
    /// <returns>The normalised entropy in [0, 1]; undefined when n &lt; 2 or every value is 0.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="values"/> is empty or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a value is negative.</exception>
    public static Statistic EntropyNormalized(ReadOnlySpan<double> values) => Compute(values).EntropyNormalized;

    private static void Validate(ReadOnlySpan<double> values)
    {
        SampleMath.RequireFinite(values, 1, nameof(values));
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(values), $"values[{i}] must be 0 or more, was {SampleMath.Format(values[i])}.");
            }
        }
    }

    private static double GiniOf(ReadOnlySpan<double> values, double total)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        var n = sorted.Length;
        var minimum = sorted[0];
        var weighted = 0.0;
        for (var k = 0; k < n; k++)
        {
            // The coefficients sum to 0, so subtracting the minimum changes nothing mathematically but makes equal values give exactly 0.
            weighted += ((2.0 * (k + 1)) - n - 1) * (sorted[k] - minimum);
        }

        // Σ|x_i − x_j| / (2 n² mean) = 2 weighted / (2 n total) = weighted / (n total); clamp rounding below 0.
        return Math.Max(0, weighted / (n * total));
    }

    private static double EntropyOf(ReadOnlySpan<double> values, double total)
    {
        var entropy = 0.0;
        foreach (var v in values)
        {
            // p can underflow to 0 for a subnormal value beside ordinary ones (4.9e-324 / 7 = 0); 0 · ln 0 counts as 0.
            var p = v / total;
            if (p > 0)
            {
                entropy -= p * Math.Log(p);
            }
        }

        return Math.Max(0, entropy);
    }
}
