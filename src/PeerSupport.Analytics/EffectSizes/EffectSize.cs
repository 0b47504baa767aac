using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.EffectSizes;

/// <summary>
/// Standardized effect sizes for two independent groups (Cohen's d, Hedges' g) and for paired pre/post data
/// (Cohen's d_z). Conventions follow R and Hedges &amp; Olkin; see <c>docs/statistics-b.md</c>.
/// All members are pure and thread-safe.
/// </summary>
public static class EffectSize
{
    private const double Level = 0.95;

    /// <summary>
    /// Computes Cohen's d and Hedges' g from long-format columns: the label and score of each observation. Direction
    /// <paramref name="group1"/> minus <paramref name="group2"/>; observations of other groups are ignored.
    /// </summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="groups">The group label of each observation, not null.</param>
    /// <param name="values">The score of each observation (finite), one per label.</param>
    /// <param name="group1">The label of group 1.</param>
    /// <param name="group2">The label of group 2, different from <paramref name="group1"/>.</param>
    /// <returns>The effect sizes, as <see cref="Independent(ReadOnlySpan{double}, ReadOnlySpan{double})"/> on the two groups' scores.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, a label is null, the two labels are equal, a group has fewer than 2 scores or a score is not finite.</exception>
    public static IndependentGroupsEffectSize Independent<TGroup>(IReadOnlyList<TGroup> groups, IReadOnlyList<double> values, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        var (first, second) = GroupedColumns.SplitTwo(groups, values, group1, group2);
        return Independent(first, second);
    }

    /// <summary>
    /// Computes Cohen's d and Hedges' g from (group, value) rows. Direction <paramref name="group1"/> minus
    /// <paramref name="group2"/>; rows of other groups are ignored.
    /// </summary>
    /// <typeparam name="TGroup">The group label type.</typeparam>
    /// <param name="rows">One row per observation: its group label (not null) and score (finite).</param>
    /// <param name="group1">The label of group 1.</param>
    /// <param name="group2">The label of group 2, different from <paramref name="group1"/>.</param>
    /// <returns>The effect sizes, as <see cref="Independent(ReadOnlySpan{double}, ReadOnlySpan{double})"/> on the two groups' scores.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when a label is null, the two labels are equal, a group has fewer than 2 scores or a score is not finite.</exception>
    public static IndependentGroupsEffectSize Independent<TGroup>(IEnumerable<(TGroup Group, double Value)> rows, TGroup group1, TGroup group2)
        where TGroup : notnull
    {
        var (first, second) = GroupedColumns.SplitTwo(rows, group1, group2);
        return Independent(first, second);
    }

    /// <summary>Computes Cohen's d, Hedges' g, their variances and 95 % intervals, direction group 1 minus group 2.</summary>
    /// <param name="group1">Scores of group 1 (at least 2, finite).</param>
    /// <param name="group2">Scores of group 2 (at least 2, finite).</param>
    /// <returns>The effect sizes; d, g and their intervals are undefined when both groups have zero variance.</returns>
    /// <exception cref="ArgumentException">Thrown when a group has fewer than 2 values or a value is NaN or infinite.</exception>
    public static IndependentGroupsEffectSize Independent(ReadOnlySpan<double> group1, ReadOnlySpan<double> group2)
    {
        SampleMath.RequireFinite(group1, 2, nameof(group1));
        SampleMath.RequireFinite(group2, 2, nameof(group2));
        int n1 = group1.Length, n2 = group2.Length;
        var mean1 = SampleMath.Mean(group1);
        var mean2 = SampleMath.Mean(group2);
        var var1 = SampleMath.SampleVariance(group1, mean1);
        var var2 = SampleMath.SampleVariance(group2, mean2);
        var df = n1 + n2 - 2;
        var pooled = Math.Sqrt((((n1 - 1) * var1) + ((n2 - 1) * var2)) / df);
        var j = HedgesCorrection(df);
        var result = new IndependentGroupsEffectSize
        {
            Count1 = n1,
            Count2 = n2,
            Mean1 = mean1,
            Mean2 = mean2,
            StandardDeviation1 = Math.Sqrt(var1),
            StandardDeviation2 = Math.Sqrt(var2),
            DegreesOfFreedom = df,
            PooledStandardDeviation = pooled,
            HedgesCorrection = j,
        };

        if (pooled == 0)
        {
            const string Reason = "pooled standard deviation is 0";
            var undefined = Statistic.Undefined(Reason);
            var interval = ConfidenceInterval.Undefined(Reason, Level);
            return result with
            {
                CohenD = undefined,
                HedgesG = undefined,
                VarianceD = undefined,
                StandardErrorD = undefined,
                ConfidenceIntervalD = interval,
                VarianceG = undefined,
                StandardErrorG = undefined,
                ConfidenceIntervalG = interval,
            };
        }

        var d = (mean1 - mean2) / pooled;
        var varD = ((double)(n1 + n2) / ((double)n1 * n2)) + (d * d / (2.0 * (n1 + n2)));
        var seD = Math.Sqrt(varD);
        var g = j * d;
        var varG = j * j * varD;
        var seG = Math.Sqrt(varG);
        var z = Distributions.Z975;
        return result with
        {
            CohenD = Statistic.Of(d),
            HedgesG = Statistic.Of(g),
            VarianceD = Statistic.Of(varD),
            StandardErrorD = Statistic.Of(seD),
            ConfidenceIntervalD = ConfidenceInterval.Of(d - (z * seD), d + (z * seD), Level),
            VarianceG = Statistic.Of(varG),
            StandardErrorG = Statistic.Of(seG),
            ConfidenceIntervalG = ConfidenceInterval.Of(g - (z * seG), g + (z * seG), Level),
        };
    }

    /// <summary>
    /// Computes the exact Hedges small-sample correction J(df) = Γ(df/2) / (sqrt(df/2) Γ((df − 1)/2)) through
    /// log-gamma (not the approximation 1 − 3/(4 df − 1)).
    /// </summary>
    /// <param name="degreesOfFreedom">The degrees of freedom, greater than 1 (n1 + n2 − 2 for two groups).</param>
    /// <returns>J, in (0, 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="degreesOfFreedom"/> is not a finite number greater than 1.</exception>
    public static double HedgesCorrection(double degreesOfFreedom)
    {
        if (!(degreesOfFreedom > 1) || double.IsInfinity(degreesOfFreedom))
        {
            throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "Degrees of freedom for the Hedges correction must be a finite number greater than 1.");
        }

        var half = degreesOfFreedom / 2;

        // Recurrence J(h) = J(h + 1) sqrt((h + 1)/h) (h − ½)/h lifts small h into the range where Stirling's series is exact to rounding.
        var shifted = half;
        var product = 1.0;
        while (shifted < 10.5)
        {
            product *= (shifted - 0.5) / shifted;
            shifted += 1;
        }

        return product * Math.Sqrt(shifted / half) * Math.Exp(LogHedgesCorrection(shifted));
    }

    /// <summary>
    /// ln J(h) = lnΓ(h) − lnΓ(h − ½) − ½ ln h for h ≥ 10.5, written without cancellation:
    /// 2 (h − 1) atanh(1/(4h − 1)) − ½ + δ(h) − δ(h − ½), where δ is the Stirling remainder of lnΓ.
    /// Subtracting two log-gamma values instead loses about 2h·ε relative accuracy.
    /// </summary>
    private static double LogHedgesCorrection(double h)
    {
        var z = 1 / ((4 * h) - 1);
        var z2 = z * z;
        double atanh = 0, power = z;
        for (var k = 1; k < 40 && power > 1e-20 * z; k += 2)
        {
            atanh += power / k;
            power *= z2;
        }

        return (2 * (h - 1) * atanh) - 0.5 + (StirlingRemainder(h) - StirlingRemainder(h - 0.5));
    }

    /// <summary>δ(x) = lnΓ(x) − [(x − ½) ln x − x + ½ ln 2π], asymptotic series; accurate to rounding for x ≥ 10.</summary>
    private static double StirlingRemainder(double x)
    {
        var inverse = 1 / x;
        var inverse2 = inverse * inverse;
        return inverse * ((1.0 / 12) - (inverse2 * ((1.0 / 360) - (inverse2 * ((1.0 / 1260) - (inverse2 * ((1.0 / 1680) - (inverse2 * ((1.0 / 1188) - (inverse2 * ((691.0 / 360360) - (inverse2 / 156))))))))))));
    }

    /// <summary>Computes Cohen's d_z = mean(diff) / sd(diff) for paired data, diff = post − pre, sample SD (n − 1).</summary>
    /// <param name="pre">Scores before (at least 2, finite).</param>
    /// <param name="post">Scores after, same length and order as <paramref name="pre"/>.</param>
    /// <returns>d_z; undefined when all differences are equal (SD of differences 0).</returns>
    /// <exception cref="ArgumentException">Thrown when the lengths differ, there are fewer than 2 pairs, or a value is NaN or infinite.</exception>
    public static Statistic CohenDz(ReadOnlySpan<double> pre, ReadOnlySpan<double> post)
    {
        var differences = PairedDifferences.Compute(pre, post);
        var mean = SampleMath.Mean(differences);
        var sd = Math.Sqrt(SampleMath.SampleVariance(differences, mean));
        return sd == 0 ? Statistic.Undefined("standard deviation of the differences is 0") : Statistic.Of(mean / sd);
    }
}
