namespace PeerSupport.Domain;

/// <summary>
/// Goal Attainment Scaling T-score of one member (Kiresuk &amp; Sherman 1968) with its helper sums. Produced by
/// <see cref="GoalAttainmentScaling.Compute"/> (also reached from <c>PeerSupport.Analytics.Goals.GoalAttainmentScaling</c>). Immutable.
/// </summary>
public sealed record GoalAttainmentResult
{
    internal GoalAttainmentResult()
    {
    }

    /// <summary>Gets the number of goals.</summary>
    public int GoalCount { get; internal init; }

    /// <summary>Gets the assumed correlation ρ between goal scores used in the denominator.</summary>
    public double Rho { get; internal init; }

    /// <summary>Gets Σ w_i.</summary>
    public double SumOfWeights { get; internal init; }

    /// <summary>Gets Σ w_i².</summary>
    public double SumOfSquaredWeights { get; internal init; }

    /// <summary>Gets Σ w_i x_i.</summary>
    public double SumOfWeightedAttainments { get; internal init; }

    /// <summary>Gets T = 50 + 10 Σ w_i x_i / sqrt((1 − ρ) Σ w_i² + ρ (Σ w_i)²); 50 when every goal is met at the expected level.</summary>
    public double TScore { get; internal init; }
}
