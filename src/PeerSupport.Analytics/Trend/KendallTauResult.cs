namespace PeerSupport.Analytics.Trend;

/// <summary>
/// Kendall's tau-b with the large-sample test R reports for <c>cor.test(x, y, method = "kendall", exact = FALSE)</c>:
/// tie-corrected variance of S and <b>no</b> continuity correction. Produced by <see cref="KendallTau.Compute"/>. Immutable.
/// </summary>
public sealed record KendallTauResult
{
    internal KendallTauResult()
    {
    }

    /// <summary>Gets the number of pairs of observations n.</summary>
    public int Count { get; internal init; }

    /// <summary>Gets S = Σ_{i&lt;j} sign(x_j − x_i) sign(y_j − y_i).</summary>
    public long S { get; internal init; }

    /// <summary>Gets tau-b = S / sqrt((n0 − n1)(n0 − n2)); undefined when x or y is constant.</summary>
    public Statistic TauB { get; internal init; }

    /// <summary>Gets the tie-corrected variance of S (R's formula with the x-tie, y-tie and joint terms); 0 when x or y is constant.</summary>
    public double VarianceS { get; internal init; }

    /// <summary>Gets z = S / sqrt(Var S) (no continuity correction); undefined when Var S is 0.</summary>
    public Statistic Z { get; internal init; }

    /// <summary>Gets the two-sided p-value 2 min(Φ(z), 1 − Φ(z)); undefined when z is.</summary>
    public Statistic P { get; internal init; }
}
