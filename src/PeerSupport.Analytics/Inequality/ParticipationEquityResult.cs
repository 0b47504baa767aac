namespace PeerSupport.Analytics.Inequality;

/// <summary>
/// Inequality of participation shares (for example speaking minutes per member): Gini coefficient in the population
/// form and with the small-group correction n/(n − 1), Shannon entropy of the shares in nats and normalised by ln n.
/// Produced by <see cref="ParticipationEquity.Compute"/>. Immutable.
/// </summary>
public sealed record ParticipationEquityResult
{
    internal ParticipationEquityResult()
    {
    }

    /// <summary>Gets the number of members n, including members with 0.</summary>
    public int Count { get; internal init; }

    /// <summary>Gets the sum of the values.</summary>
    public double Total { get; internal init; }

    /// <summary>Gets the population Gini Σ_i Σ_j |x_i − x_j| / (2 n² mean), in [0, (n − 1)/n]; undefined when the total is 0.</summary>
    public Statistic Gini { get; internal init; }

    /// <summary>Gets the corrected Gini n/(n − 1) times the plain one, in [0, 1]; undefined when n &lt; 2 or the total is 0.</summary>
    public Statistic GiniCorrected { get; internal init; }

    /// <summary>Gets the Shannon entropy −Σ p_i ln p_i of the shares p_i = x_i / total (0 ln 0 = 0), in nats; undefined when the total is 0.</summary>
    public Statistic EntropyNats { get; internal init; }

    /// <summary>Gets the entropy divided by ln n (n counts silent members), in [0, 1]; undefined when n &lt; 2 or the total is 0.</summary>
    public Statistic EntropyNormalized { get; internal init; }
}
