using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Hypothesis;

/// <summary>Welch's two-sample t-test for independent groups with unequal variances. Pure and thread-safe.</summary>
public static class WelchTTest
{
    private const double Level = 0.95;

    /// <summary>
    /// Runs the Welch t-test on long-format columns: the label and score of each observation (R's
    /// <c>t.test(value ~ group)</c> with the two levels named). Direction <paramref name="group1"/> minus
    /// <paramref name="group2"/>; observations of other groups are ignored.
    /// </summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="groups">The group label of each observation, not null.</param>
    /// <param name="values">The score of each observation (finite), one per label.</param>
    /// <param name="group1">The label of group 1.</param>
    /// <param name="group2">The label of group 2, different from <paramref name="group1"/>.</param>
    /// <returns>The test, as <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double})"/> on the two groups' scores.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, a label is null, the two labels are equal, a group has fewer than 2 scores or a score is not finite.</exception>
    public static WelchTTestResult Compute<TGroup>(IReadOnlyList<TGroup> groups, IReadOnlyList<double> values, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        var (first, second) = GroupedColumns.SplitTwo(groups, values, group1, group2);
        return Compute(first, second);
    }

    /// <summary>
    /// Runs the Welch t-test on (group, value) rows. Direction <paramref name="group1"/> minus
    /// <paramref name="group2"/>; rows of other groups are ignored.
    /// </summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="rows">One row per observation: its group label (not null) and score (finite).</param>
    /// <param name="group1">The label of group 1.</param>
    /// <param name="group2">The label of group 2, different from <paramref name="group1"/>.</param>
    /// <returns>The test, as <see cref="Compute(ReadOnlySpan{double}, ReadOnlySpan{double})"/> on the two groups' scores.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a label is null, the two labels are equal, a group has fewer than 2 scores or a score is not finite.</exception>
    public static WelchTTestResult Compute<TGroup>(IEnumerable<(TGroup Group, double Value)> rows, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        var (first, second) = GroupedColumns.SplitTwo(rows, group1, group2);
        return Compute(first, second);
    }

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
