namespace PeerSupport.Analytics.Survival;

/// <summary>Per-group figures of a log-rank test. Immutable and thread-safe.</summary>
/// <typeparam name="TGroup">The group label type.</typeparam>
public sealed record LogRankGroup<TGroup>
    where TGroup : notnull
{
    internal LogRankGroup(TGroup group, int count, int observed, double expected, Statistic observedMinusExpectedSquaredOverExpected, Statistic observedMinusExpectedSquaredOverVariance)
    {
        Group = group;
        Count = count;
        Observed = observed;
        Expected = expected;
        ObservedMinusExpectedSquaredOverExpected = observedMinusExpectedSquaredOverExpected;
        ObservedMinusExpectedSquaredOverVariance = observedMinusExpectedSquaredOverVariance;
    }

    /// <summary>Gets the group label.</summary>
    public TGroup Group { get; }

    /// <summary>Gets the number of observations in the group.</summary>
    public int Count { get; }

    /// <summary>Gets the observed number of events O.</summary>
    public int Observed { get; }

    /// <summary>Gets the expected number of events E = Σ_t d_t n_gt / n_t under equal hazards (≥ 0).</summary>
    public double Expected { get; }

    /// <summary>Gets (O − E)²/E (R's printed column; not a test statistic); undefined when E = 0.</summary>
    public Statistic ObservedMinusExpectedSquaredOverExpected { get; }

    /// <summary>Gets (O − E)²/V_gg with the hypergeometric variance (R's printed column); undefined when V_gg = 0.</summary>
    public Statistic ObservedMinusExpectedSquaredOverVariance { get; }
}
