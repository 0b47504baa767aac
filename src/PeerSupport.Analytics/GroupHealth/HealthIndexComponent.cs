namespace PeerSupport.Analytics.GroupHealth;

/// <summary>
/// One component of the Group Health Index with everything needed to recompute its contribution:
/// <c>Contribution = 100 × EffectiveWeight × Score</c>, and the index is the sum of the contributions. Immutable and thread-safe.
/// </summary>
public sealed record HealthIndexComponent
{
    internal HealthIndexComponent()
    {
    }

    /// <summary>Gets which component this is.</summary>
    public HealthComponentKind Kind { get; internal init; }

    /// <summary>Gets whether it was scored, and if not, why.</summary>
    public ComponentStatus Status { get; internal init; }

    /// <summary>Gets the measured value (a rate in [0, 1], incidents per 100 member-sessions, or a net rate in [−1, 1]); undefined with the reason when not measured or suppressed.</summary>
    public Statistic Value { get; internal init; }

    /// <summary>Gets the target the value is compared against (configured).</summary>
    public double Target { get; internal init; }

    /// <summary>Gets a value indicating whether lower values are better (only <see cref="HealthComponentKind.Safety"/>).</summary>
    public bool LowerIsBetter { get; internal init; }

    /// <summary>
    /// Gets the score in [0, 1]: min(1, max(0, value / target)) when higher is better, min(1, target / value) (1 when the
    /// value is 0) when lower is better; undefined unless <see cref="Status"/> is <see cref="ComponentStatus.Scored"/>.
    /// </summary>
    public Statistic Score { get; internal init; }

    /// <summary>Gets the configured weight, ≥ 0.</summary>
    public double Weight { get; internal init; }

    /// <summary>Gets the weight after re-weighting: the configured weight over the sum of the scored components' weights; 0 when not scored.</summary>
    public double EffectiveWeight { get; internal init; }

    /// <summary>Gets the index points this component contributes, 100 × <see cref="EffectiveWeight"/> × <see cref="Score"/>, in [0, 100]; 0 when not scored.</summary>
    public double Contribution { get; internal init; }

    /// <summary>Gets why the component had too little data, or <see langword="null"/> (kept so the index can be rebuilt after suppression).</summary>
    internal string? InsufficientReason { get; init; }

    /// <summary>Gets one sentence saying what was measured, against what, and what it contributed (or why it was not scored).</summary>
    public string Explanation { get; internal init; } = string.Empty;
}
