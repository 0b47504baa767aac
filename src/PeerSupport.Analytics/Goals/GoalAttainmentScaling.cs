using PeerSupport.Domain;

namespace PeerSupport.Analytics.Goals;

/// <summary>
/// Goal Attainment Scaling (GAS) T-score for analyses, with its helper sums. The computation is
/// <see cref="PeerSupport.Domain.GoalAttainmentScaling.Compute"/> (the same one the rules fact <c>goals.tscore</c> uses);
/// this entry point keeps the statistics together in <c>PeerSupport.Analytics</c>. Pure and thread-safe.
/// </summary>
public static class GoalAttainmentScaling
{
    /// <summary>The conventional inter-goal correlation ρ = 0.3 (Kiresuk &amp; Sherman).</summary>
    public const double DefaultRho = PeerSupport.Domain.GoalAttainmentScaling.DefaultRho;

    /// <summary>The lowest attainment level (much less than expected).</summary>
    public const int MinimumAttainment = PeerSupport.Domain.GoalAttainmentScaling.MinimumAttainment;

    /// <summary>The highest attainment level (much more than expected).</summary>
    public const int MaximumAttainment = PeerSupport.Domain.GoalAttainmentScaling.MaximumAttainment;

    /// <summary>Computes the T-score of one member's goals.</summary>
    /// <param name="weights">Goal weights, each finite and greater than 0 (at least one goal).</param>
    /// <param name="attainments">Attainment levels −2..2 (0 = expected level), same length and order as <paramref name="weights"/>.</param>
    /// <param name="rho">Assumed correlation between goal scores, in [0, 1). The default is 0.3.</param>
    /// <returns>The T-score and helper sums.</returns>
    /// <exception cref="ArgumentException">Thrown when there are no goals or the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a weight is not a finite number greater than 0, an attainment is outside −2..2, or <paramref name="rho"/> is outside [0, 1).</exception>
    public static GoalAttainmentResult Compute(ReadOnlySpan<double> weights, ReadOnlySpan<int> attainments, double rho = DefaultRho) =>
        PeerSupport.Domain.GoalAttainmentScaling.Compute(weights, attainments, rho);
}
