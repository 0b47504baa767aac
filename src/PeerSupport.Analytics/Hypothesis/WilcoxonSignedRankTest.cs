using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Hypothesis;

/// <summary>Wilcoxon signed-rank test for paired data, normal approximation (O(n log n)). Pure and thread-safe.</summary>
public static class WilcoxonSignedRankTest
{
    /// <summary>Runs the two-sided signed-rank test on post − pre.</summary>
    /// <param name="pre">Scores before (at least 1, finite).</param>
    /// <param name="post">Scores after, same length and order as <paramref name="pre"/>.</param>
    /// <returns>The test; z and p are undefined when every difference is 0.</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, the inputs are empty, or a value is NaN or infinite.</exception>
    public static WilcoxonSignedRankResult Compute(ReadOnlySpan<double> pre, ReadOnlySpan<double> post)
    {
        var all = PairedDifferences.Compute(pre, post, minimum: 1);
        var nonzero = all.Where(d => d != 0).ToArray();
        var n = nonzero.Length;
        var zeros = all.Length - n;
        var order = Enumerable.Range(0, n).OrderBy(i => Math.Abs(nonzero[i])).ToArray();
        var v = 0.0;
        var tieCorrection = 0.0;
        var ties = new List<int>();
        for (var start = 0; start < n;)
        {
            var end = start;
            while (end + 1 < n && Math.Abs(nonzero[order[end + 1]]) == Math.Abs(nonzero[order[start]]))
            {
                end++;
            }

            var size = end - start + 1;
            var rank = (start + end + 2) / 2.0;
            for (var k = start; k <= end; k++)
            {
                if (nonzero[order[k]] > 0)
                {
                    v += rank;
                }
            }

            if (size > 1)
            {
                ties.Add(size);
                tieCorrection += ((double)size * size * size) - size;
            }

            start = end + 1;
        }

        var expected = n * (n + 1) / 4.0;
        var result = new WilcoxonSignedRankResult
        {
            NonzeroCount = n,
            ZeroDifferenceCount = zeros,
            V = v,
            TieGroupSizes = ties.AsReadOnly(),
            ExpectedV = expected,
        };
        var variance = (n * (n + 1.0) * ((2.0 * n) + 1) / 24) - (tieCorrection / 48);
        if (n == 0 || !(variance > 0))
        {
            var reason = n == 0 ? "every difference is 0" : "variance of V is 0";
            return result with
            {
                StandardDeviationV = Statistic.Undefined(reason),
                Z = Statistic.Undefined(reason),
                P = Statistic.Undefined(reason),
            };
        }

        var sigma = Math.Sqrt(variance);
        var centred = v - expected;
        var z = (centred - (0.5 * Math.Sign(centred))) / sigma;
        var p = 2 * Math.Min(Distributions.NormalCdf(z), Distributions.NormalCdf(-z));
        return result with
        {
            StandardDeviationV = Statistic.Of(sigma),
            Z = Statistic.Of(z),
            P = Statistic.Of(p),
        };
    }
}
