using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Hypothesis;

/// <summary>Welch's two-sample t-test for independent groups with unequal variances. Pure and thread-safe.</summary>
public static class WelchTTest
{
    private const double Level = 0.95;

    /// <summary>Runs the two-sided Welch t-test of equal means, direction group 1 minus group 2.</summary>
    /// <param name="group1">Scores of group 1 (at least 2, finite).</param>
    /// <param name="group2">Scores of group 2 (at least 2, finite).</param>
    /// <returns>The test; t, df, p and the interval are undefined when both groups have zero variance.</returns>
    /// <exception cref="ArgumentException">Thrown when a group has fewer than 2 values or a value is NaN or infinite.</exception>
    public static WelchTTestResult Compute(ReadOnlySpan<double> group1, ReadOnlySpan<double> group2)
    {
        SampleMath.RequireFinite(group1, 2, nameof(group1));
        SampleMath.RequireFinite(group2, 2, nameof(group2));
        int n1 = group1.Length, n2 = group2.Length;
        var mean1 = SampleMath.Mean(group1);
        var mean2 = SampleMath.Mean(group2);
        var v1 = SampleMath.SampleVariance(group1, mean1) / n1;
        var v2 = SampleMath.SampleVariance(group2, mean2) / n2;
        var difference = mean1 - mean2;
        var se = Math.Sqrt(v1 + v2);
        if (se == 0)
        {
            const string Reason = "both groups have zero variance";
            return new WelchTTestResult
            {
                MeanDifference = difference,
                StandardError = 0,
                T = Statistic.Undefined(Reason),
                DegreesOfFreedom = Statistic.Undefined(Reason),
                P = Statistic.Undefined(Reason),
                ConfidenceInterval = ConfidenceInterval.Undefined(Reason, Level),
            };
        }

        var df = (v1 + v2) * (v1 + v2) / ((v1 * v1 / (n1 - 1)) + (v2 * v2 / (n2 - 1)));
        var t = difference / se;
        var half = Distributions.StudentTQuantile(0.975, df) * se;
        return new WelchTTestResult
        {
            MeanDifference = difference,
            StandardError = se,
            T = Statistic.Of(t),
            DegreesOfFreedom = Statistic.Of(df),
            P = Statistic.Of(Distributions.StudentTTwoSided(t, df)),
            ConfidenceInterval = ConfidenceInterval.Of(difference - half, difference + half, Level),
        };
    }
}
