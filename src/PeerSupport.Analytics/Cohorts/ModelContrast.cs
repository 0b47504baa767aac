using PeerSupport.Domain;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// Peer-led groups against one comparator model: the naive and clustering-adjusted effect size of the PHQ-9 change, and
/// the random-intercept estimate of the difference in end PHQ-9 adjusted for the first score, judged against the
/// non-inferiority margin. Immutable and thread-safe.
/// </summary>
public sealed record ModelContrast
{
    internal ModelContrast()
    {
    }

    /// <summary>Gets the comparator model (peer-led is compared against it).</summary>
    public FacilitationModel Comparator { get; internal init; }

    /// <summary>Gets Hedges' g of the PHQ-9 change, peer-led minus comparator (positive = peer-led improved less), ignoring clustering; undefined when not estimable or suppressed.</summary>
    public Statistic HedgesG { get; internal init; }

    /// <summary>Gets the 95 % interval of g ignoring clustering.</summary>
    public ConfidenceInterval NaiveInterval { get; internal init; }

    /// <summary>Gets the one-way ICC(1) of the change scores by group over both arms (negative estimates kept here, taken as 0 for the design effect).</summary>
    public Statistic Icc { get; internal init; }

    /// <summary>Gets the design effect 1 + (m̄ − 1)·max(0, ICC), m̄ the mean members with an outcome per group; ≥ 1.</summary>
    public Statistic DesignEffect { get; internal init; }

    /// <summary>Gets the effective number of peer-led members, n / design effect.</summary>
    public Statistic EffectivePeerLedMembers { get; internal init; }

    /// <summary>Gets the effective number of comparator members, n / design effect.</summary>
    public Statistic EffectiveComparatorMembers { get; internal init; }

    /// <summary>Gets the 95 % interval of g with its standard error inflated by √(design effect).</summary>
    public ConfidenceInterval ClusterAdjustedInterval { get; internal init; }

    /// <summary>
    /// Gets the random-intercept estimate of end PHQ-9, peer-led minus comparator, adjusted for the first PHQ-9 (positive =
    /// peer-led worse), in points.
    /// </summary>
    public Statistic AdjustedDifference { get; internal init; }

    /// <summary>Gets its 95 % Wald interval (estimate ± 1.96 standard errors, normal approximation).</summary>
    public ConfidenceInterval AdjustedDifferenceInterval { get; internal init; }

    /// <summary>Gets the margin the interval is judged against, in PHQ-9 points.</summary>
    public double Margin { get; internal init; }

    /// <summary>Gets the conclusion.</summary>
    public NonInferiorityConclusion Conclusion { get; internal init; }

    /// <summary>Gets the plain-language statement of what the data can and cannot say.</summary>
    public string Statement { get; internal init; } = string.Empty;
}
