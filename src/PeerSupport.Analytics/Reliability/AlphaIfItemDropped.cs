namespace PeerSupport.Analytics.Reliability;

/// <summary>Cronbach's alpha statistics recomputed without one item. Immutable and thread-safe.</summary>
public sealed record AlphaIfItemDropped
{
    internal AlphaIfItemDropped(int itemIndex, Statistic rawAlpha, Statistic standardizedAlpha, Statistic averageR)
    {
        ItemIndex = itemIndex;
        RawAlpha = rawAlpha;
        StandardizedAlpha = standardizedAlpha;
        AverageR = averageR;
    }

    /// <summary>Gets the zero-based index (column) of the dropped item.</summary>
    public int ItemIndex { get; }

    /// <summary>Gets the raw alpha of the remaining items.</summary>
    public Statistic RawAlpha { get; }

    /// <summary>Gets the standardized alpha of the remaining items.</summary>
    public Statistic StandardizedAlpha { get; }

    /// <summary>Gets the mean inter-item correlation of the remaining items.</summary>
    public Statistic AverageR { get; }
}
