namespace PeerSupport.Analytics.Survival;

/// <summary>
/// The result of a log-rank test (R's <c>survdiff</c> with <c>rho = 0</c>). Immutable and thread-safe.
/// </summary>
/// <typeparam name="TGroup">The group label type.</typeparam>
public sealed class LogRankTestResult<TGroup>
    where TGroup : notnull
{
    internal LogRankTestResult(IReadOnlyList<LogRankGroup<TGroup>> groups, IReadOnlyList<IReadOnlyList<double>> varianceMatrix, Statistic chiSquare, int degreesOfFreedom, Statistic pValue)
    {
        Groups = groups;
        VarianceMatrix = varianceMatrix;
        ChiSquare = chiSquare;
        DegreesOfFreedom = degreesOfFreedom;
        PValue = pValue;
    }

    /// <summary>Gets the per-group figures in label order: ordinal for strings (R's factor order in the C locale), <see cref="Comparer{T}.Default"/> for other types.</summary>
    public IReadOnlyList<LogRankGroup<TGroup>> Groups { get; }

    /// <summary>Gets the G×G hypergeometric variance–covariance matrix of O − E, in the order of <see cref="Groups"/>.</summary>
    public IReadOnlyList<IReadOnlyList<double>> VarianceMatrix { get; }

    /// <summary>
    /// Gets the log-rank chi-square (O − E)' V⁻ (O − E), using the groups with E &gt; 0 and dropping the first of them;
    /// undefined when fewer than two groups have E &gt; 0 or the variance block is singular.
    /// </summary>
    public Statistic ChiSquare { get; }

    /// <summary>Gets the degrees of freedom: the number of groups with E &gt; 0, minus 1 (0 when none).</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Gets the upper-tail chi-square p-value; undefined when <see cref="ChiSquare"/> is.</summary>
    public Statistic PValue { get; }
}
