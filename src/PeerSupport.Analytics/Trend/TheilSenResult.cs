namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Theil–Sen robust line: slope = median of the pairwise slopes, intercept = median(y − slope x), and the alternative
/// intercept median(y) − slope median(x) used by some other software. Produced by <see cref="TheilSen.Compute"/>. Immutable.
/// </summary>
public sealed record TheilSenResult
{
    internal TheilSenResult()
    {
    }

    /// <summary>Gets the number of pairwise slopes used (pairs with equal x are skipped); n(n − 1)/2 when x values are distinct.</summary>
    public long PairCount { get; internal init; }

    /// <summary>Gets the median of the pairwise slopes (mean of the two middle values for an even count); undefined when every x is equal.</summary>
    public Statistic Slope { get; internal init; }

    /// <summary>Gets median(y − slope x); undefined when the slope is.</summary>
    public Statistic Intercept { get; internal init; }

    /// <summary>Gets median(y) − slope median(x) (for example SciPy's <c>theilslopes</c>); for information only.</summary>
    public Statistic InterceptMedianYMinusSlopeMedianX { get; internal init; }
}
