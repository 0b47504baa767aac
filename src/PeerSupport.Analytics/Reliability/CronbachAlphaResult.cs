namespace PeerSupport.Analytics.Reliability;

/// <summary>
/// Cronbach's alpha with its standardized form and alpha-if-item-dropped (R's <c>psych::alpha</c> on complete data,
/// all items keyed as given). Variances are sample variances (n − 1 denominator). Immutable and thread-safe.
/// </summary>
public sealed class CronbachAlphaResult
{
    internal CronbachAlphaResult(int respondents, Statistic rawAlpha, Statistic standardizedAlpha, Statistic averageR, IReadOnlyList<double> itemVariances, double totalVariance, IReadOnlyList<AlphaIfItemDropped> ifItemDropped)
    {
        Respondents = respondents;
        RawAlpha = rawAlpha;
        StandardizedAlpha = standardizedAlpha;
        AverageR = averageR;
        ItemVariances = itemVariances;
        TotalVariance = totalVariance;
        IfItemDropped = ifItemDropped;
    }

    /// <summary>Gets the number of respondents n (rows).</summary>
    public int Respondents { get; }

    /// <summary>Gets the number of items k (columns).</summary>
    public int Items => ItemVariances.Count;

    /// <summary>Gets raw alpha = k/(k − 1)·(1 − Σ var(item)/var(total)); at most 1, may be negative; undefined when var(total) = 0.</summary>
    public Statistic RawAlpha { get; }

    /// <summary>Gets standardized alpha = k r̄/(1 + (k − 1) r̄); undefined when an item is constant (its correlations are undefined).</summary>
    public Statistic StandardizedAlpha { get; }

    /// <summary>Gets r̄, the mean of the k(k − 1)/2 inter-item Pearson correlations; undefined when an item is constant.</summary>
    public Statistic AverageR { get; }

    /// <summary>Gets the sample variance of each item.</summary>
    public IReadOnlyList<double> ItemVariances { get; }

    /// <summary>Gets the sample variance of the total (row-sum) score.</summary>
    public double TotalVariance { get; }

    /// <summary>Gets the three statistics recomputed without each item, in item order; with k = 2 they are undefined (one item left).</summary>
    public IReadOnlyList<AlphaIfItemDropped> IfItemDropped { get; }
}
