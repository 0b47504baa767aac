using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Hypothesis;

/// <summary>Paired (one-sample on differences) t-test. Pure and thread-safe.</summary>
public static class PairedTTest
{
    private const double Level = 0.95;

    /// <summary>Runs the two-sided paired t-test of mean(post − pre) = 0.</summary>
    /// <param name="pre">Scores before (at least 2, finite).</param>
    /// <param name="post">Scores after, same length and order as <paramref name="pre"/>.</param>
    /// <returns>The test; t, p, the interval and d_z are undefined when every difference is the same.</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, there are fewer than 2 pairs, or a value is NaN or infinite.</exception>
    public static PairedTTestResult Compute(ReadOnlySpan<double> pre, ReadOnlySpan<double> post)
    {
        var differences = PairedDifferences.Compute(pre, post);
        var n = differences.Length;
        var mean = SampleMath.Mean(differences);
        var sd = Math.Sqrt(SampleMath.SampleVariance(differences, mean));
        var se = sd / Math.Sqrt(n);
        var result = new PairedTTestResult
        {
            Count = n,
            MeanPre = SampleMath.Mean(pre),
            MeanPost = SampleMath.Mean(post),
            MeanDifference = mean,
            StandardDeviationOfDifferences = sd,
            StandardError = se,
            DegreesOfFreedom = n - 1,
        };
        if (sd == 0)
        {
            const string Reason = "standard deviation of the differences is 0";
            return result with
            {
                T = Statistic.Undefined(Reason),
                P = Statistic.Undefined(Reason),
                ConfidenceInterval = ConfidenceInterval.Undefined(Reason, Level),
                CohenDz = Statistic.Undefined(Reason),
            };
        }

        var t = mean / se;
        var half = Distributions.StudentTQuantile(0.975, n - 1) * se;
        return result with
        {
            T = Statistic.Of(t),
            P = Statistic.Of(Distributions.StudentTTwoSided(t, n - 1)),
            ConfidenceInterval = ConfidenceInterval.Of(mean - half, mean + half, Level),
            CohenDz = Statistic.Of(mean / sd),
        };
    }
}
