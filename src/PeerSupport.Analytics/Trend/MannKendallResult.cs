namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Mann–Kendall trend test of a series in time order: S with tie-corrected variance, continuity-corrected Z and normal
/// two-sided p. Produced by <see cref="MannKendall.Compute"/>. Immutable.
/// </summary>
public sealed record MannKendallResult
{
    internal MannKendallResult()
    {
    }

    /// <summary>Gets the series length n (at least 2).</summary>
    public int Count { get; internal init; }

    /// <summary>Gets S = Σ_{i&lt;j} sign(y_j − y_i); ties count 0. Changes sign when the series is reversed.</summary>
    public long S { get; internal init; }

    /// <summary>Gets the sizes (2 or more) of the groups of equal values, in increasing order of the value.</summary>
    public IReadOnlyList<int> TieGroupSizes { get; internal init; } = [];

    /// <summary>Gets Var(S) = [n(n − 1)(2n + 5) − Σ t(t − 1)(2t + 5)] / 18; 0 when every value is equal.</summary>
    public double VarianceS { get; internal init; }

    /// <summary>
    /// Gets Z = (S − 1)/sqrt(Var S) for S &gt; 0, (S + 1)/sqrt(Var S) for S &lt; 0, and 0 for S = 0; undefined when
    /// Var S is 0 (every value equal), as <see cref="KendallTauResult.Z"/> is.
    /// </summary>
    public Statistic Z { get; internal init; }

    /// <summary>Gets the two-sided p-value 2 Φ(−|Z|); undefined when <see cref="Z"/> is.</summary>
    public Statistic P { get; internal init; }
}
