namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// The Group Health Index 0–100: the sum of its components' contributions, re-weighted over the components that could be
/// scored, with the coverage and confidence that re-weighting implies. Immutable and thread-safe.
/// </summary>
public sealed record GroupHealthIndex
{
    internal GroupHealthIndex()
    {
    }

    /// <summary>Gets the index Σ contributions, in [0, 100]; undefined when no component could be scored.</summary>
    public Statistic Value { get; internal init; }

    /// <summary>
    /// Gets the 95 % percentile-bootstrap interval of the index over members (400 resamples, seeded from the group, so
    /// deterministic): the member-based components are recomputed per resample, the session-based ones kept. Undefined
    /// when the index is not published or there are fewer than 2 members.
    /// </summary>
    public ConfidenceInterval Interval { get; internal init; }

    /// <summary>Gets the coverage Σ weight of scored components / Σ configured weight, in [0, 1].</summary>
    public double Coverage { get; internal init; }

    /// <summary>Gets the confidence band of <see cref="Coverage"/>.</summary>
    public IndexConfidence Confidence { get; internal init; }

    /// <summary>Gets every component, in <see cref="HealthComponentKind"/> order, scored or not.</summary>
    public IReadOnlyList<HealthIndexComponent> Components { get; internal init; } = [];

    /// <summary>Gets a one-sentence summary: the value, the confidence and the components left out.</summary>
    public string Explanation { get; internal init; } = string.Empty;
}
