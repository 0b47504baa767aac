using System.Globalization;

namespace PeerSupport.Domain;

/// <summary>
/// The Goal Attainment Scaling summary T-score (Kiresuk &amp; Sherman 1968):
/// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), where ρ is the assumed correlation between goal scores.
/// The one implementation of the score: the rules fact <c>goals.tscore</c> and the analytics entry point
/// <c>PeerSupport.Analytics.Goals.GoalAttainmentScaling</c> both compute it here. Pure and thread-safe.
/// </summary>
public static class GoalAttainmentScaling
{
    /// <summary>The conventional inter-goal correlation, 0.3.</summary>
    public const double DefaultRho = 0.3;

    /// <summary>The lowest attainment level (much less than expected).</summary>
    public const int MinimumAttainment = -2;

    /// <summary>The highest attainment level (much more than expected).</summary>
    public const int MaximumAttainment = 2;

    /// <summary>Computes the T-score of a member's goals, each rated once (use each goal's latest rating).</summary>
    /// <param name="ratings">The ratings, one per goal; at least one.</param>
    /// <param name="rho">The inter-goal correlation, in [0, 1). The default value is 0.3.</param>
    /// <returns>The T-score: 50 when every goal is at the expected level.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="ratings"/> is empty or names a goal twice, or <paramref name="rho"/> is out of range.</exception>
    public static double TScore(IReadOnlyCollection<GoalRating> ratings, double rho = DefaultRho)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        if (ratings.Count == 0)
        {
            throw new ArgumentException("At least one goal rating is needed for a T-score.", nameof(ratings));
        }

        if (ratings.Select(r => (r.MemberId, r.GoalId)).Distinct().Count() != ratings.Count)
        {
            throw new ArgumentException("Each goal may appear once; pass each goal's latest rating.", nameof(ratings));
        }

        return TScore(ratings.Select(r => r.Weight).ToArray(), ratings.Select(r => r.Attainment).ToArray(), rho);
    }

    /// <summary>Computes the T-score from weights and attainment levels.</summary>
    /// <param name="weights">The weights, each finite and greater than 0.</param>
    /// <param name="attainments">The attainment levels, each −2 to 2; as many as <paramref name="weights"/>.</param>
    /// <param name="rho">The inter-goal correlation, in [0, 1). The default value is 0.3.</param>
    /// <returns>The T-score.</returns>
    /// <exception cref="ArgumentException">Thrown when there are no goals or the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a weight is not a finite number greater than 0, an attainment is outside −2..2, or <paramref name="rho"/> is outside [0, 1).</exception>
    public static double TScore(ReadOnlySpan<double> weights, ReadOnlySpan<int> attainments, double rho = DefaultRho) =>
        Compute(weights, attainments, rho).TScore;

    /// <summary>Computes the T-score of one member's goals with its helper sums.</summary>
    /// <param name="weights">Goal weights, each finite and greater than 0 (at least one goal).</param>
    /// <param name="attainments">Attainment levels −2..2 (0 = expected level), same length and order as <paramref name="weights"/>.</param>
    /// <param name="rho">Assumed correlation between goal scores, in [0, 1). The default value is 0.3.</param>
    /// <returns>The T-score and helper sums.</returns>
    /// <exception cref="ArgumentException">Thrown when there are no goals or the lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a weight is not a finite number greater than 0, an attainment is outside −2..2, or <paramref name="rho"/> is outside [0, 1).</exception>
    public static GoalAttainmentResult Compute(ReadOnlySpan<double> weights, ReadOnlySpan<int> attainments, double rho = DefaultRho)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("Goal Attainment Scaling needs at least one goal, had 0.", nameof(weights));
        }

        if (weights.Length != attainments.Length)
        {
            throw new ArgumentException($"weights and attainments must have the same length, were {weights.Length} and {attainments.Length}.", nameof(attainments));
        }

        if (!(rho >= 0 && rho < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), rho, "rho must be in [0, 1).");
        }

        double sumW = 0, sumW2 = 0, sumWx = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var w = weights[i];
            if (!double.IsFinite(w) || !(w > 0))
            {
                throw new ArgumentOutOfRangeException(nameof(weights), $"Goal weight {i + 1} must be a finite number greater than 0, was {w.ToString("R", CultureInfo.InvariantCulture)}.");
            }

            var x = attainments[i];
            if (x is < MinimumAttainment or > MaximumAttainment)
            {
                throw new ArgumentOutOfRangeException(nameof(attainments), $"Goal attainment {i + 1} must be −2..2, was {x.ToString(CultureInfo.InvariantCulture)}.");
            }

            sumW += w;
            sumW2 += w * w;
            sumWx += w * x;
        }

        return new GoalAttainmentResult
        {
            GoalCount = weights.Length,
            Rho = rho,
            SumOfWeights = sumW,
            SumOfSquaredWeights = sumW2,
            SumOfWeightedAttainments = sumWx,
            TScore = 50 + (10 * sumWx / Math.Sqrt(((1 - rho) * sumW2) + (rho * sumW * sumW))),
        };
    }
}
