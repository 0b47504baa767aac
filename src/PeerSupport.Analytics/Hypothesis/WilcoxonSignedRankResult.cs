namespace PeerSupport.Analytics.Hypothesis;

/// <summary>
/// Wilcoxon signed-rank test on diff = post − pre with R's conventions (<c>wilcox.test(post, pre, paired = TRUE,
/// exact = FALSE, correct = TRUE)</c>): zero differences dropped, average ranks for tied |diff|, V = sum of the ranks
/// of the positive differences, tie-corrected variance, 0.5 continuity correction toward 0, normal two-sided p.
/// Produced by <see cref="WilcoxonSignedRankTest.Compute"/>. Immutable.
/// </summary>
public sealed record WilcoxonSignedRankResult
{
    internal WilcoxonSignedRankResult()
    {
    }

    /// <summary>Gets the number of non-zero differences n used for ranking.</summary>
    public int NonzeroCount { get; internal init; }

    /// <summary>Gets the number of zero differences dropped.</summary>
    public int ZeroDifferenceCount { get; internal init; }

    /// <summary>Gets V, the sum of the ranks of the positive differences (not min(W+, W−)).</summary>
    public double V { get; internal init; }

    /// <summary>Gets the sizes (2 or more) of the groups of tied |diff|, in increasing order of |diff|.</summary>
    public IReadOnlyList<int> TieGroupSizes { get; internal init; } = [];

    /// <summary>Gets E[V] = n(n + 1)/4.</summary>
    public double ExpectedV { get; internal init; }

    /// <summary>Gets sqrt(n(n + 1)(2n + 1)/24 − Σ(t³ − t)/48); undefined when there are no non-zero differences or it is 0.</summary>
    public Statistic StandardDeviationV { get; internal init; }

    /// <summary>Gets z = (V − E[V] − 0.5 sign(V − E[V])) / SD(V).</summary>
    public Statistic Z { get; internal init; }

    /// <summary>Gets the two-sided p-value 2 min(Φ(z), 1 − Φ(z)).</summary>
    public Statistic P { get; internal init; }
}
