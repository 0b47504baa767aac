namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// The answer to "can peer groups be as beneficial?" from a dataset as of a date: per-model outcomes and retention,
/// peer-led against each other model, and what the data can and cannot say. Cohort level: no member ids; cells
/// describing fewer than k members are suppressed. Immutable and thread-safe.
/// </summary>
public sealed record FacilitationModelComparison
{
    internal FacilitationModelComparison()
    {
    }

    /// <summary>Gets the as-of date (inclusive).</summary>
    public DateOnly AsOf { get; internal init; }

    /// <summary>Gets k, the small-cell threshold applied.</summary>
    public int MinimumCellSize { get; internal init; }

    /// <summary>Gets one cohort per facilitation model, in enum order (peer-led, co-facilitated, professional-led).</summary>
    public IReadOnlyList<FacilitationModelCohort> Cohorts { get; internal init; } = [];

    /// <summary>Gets the log-rank p-value comparing dropout across the models with members; undefined when fewer than 2 models have members.</summary>
    public Statistic RetentionLogRankP { get; internal init; }

    /// <summary>Gets the ICC of the random-intercept model (between-group share of the residual variance of end PHQ-9); undefined when it was not fitted.</summary>
    public Statistic MixedModelIcc { get; internal init; }

    /// <summary>Gets peer-led against each other model present.</summary>
    public IReadOnlyList<ModelContrast> Contrasts { get; internal init; } = [];

    /// <summary>Gets the plain-language answer, one paragraph.</summary>
    public string Answer { get; internal init; } = string.Empty;

    /// <summary>Gets the caveats that always apply (observational data, margin choice, approximations).</summary>
    public IReadOnlyList<string> Caveats { get; internal init; } = [];
}
