namespace PeerSupport.Instruments;

/// <summary>How a subscale combines its answered items (after reverse keying).</summary>
public enum SubscaleAggregation
{
    /// <summary>The sum of the items; with missing items, the mean of the answered items × the subscale's item count (not rounded).</summary>
    Sum = 0,

    /// <summary>The mean of the answered items.</summary>
    Mean = 1,
}
