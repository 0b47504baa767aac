namespace PeerSupport.Domain;

/// <summary>
/// The Goal Attainment Scaling summary T-score (Kiresuk &amp; Sherman 1968):
/// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), where ρ is the assumed correlation between goal scores.
/// </summary>
public static class GoalAttainmentScaling
{
    /// <summary>The conventional inter-goal correlation, 0.3.</summary>
    public const double DefaultRho = 0.3;

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
    /// <exception cref="ArgumentException">Thrown when the inputs are empty, of different lengths or out of range.</exception>
    public static double TScore(ReadOnlySpan<double> weights, ReadOnlySpan<int> attainments, double rho = DefaultRho)
    {
        if (weights.Length == 0 || weights.Length != attainments.Length)
        {
            throw new ArgumentException($"Weights and attainments must be non-empty and of equal length, were {weights.Length} and {attainments.Length}.", nameof(weights));
        }

        if (!(rho >= 0 && rho < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(rho), rho, $"rho must be in [0, 1), was {rho}.");
        }

        double sumW = 0, sumW2 = 0, sumWx = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            var w = weights[i];
            var x = attainments[i];
            if (!double.IsFinite(w) || w <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), w, $"Goal weight {i + 1} must be greater than 0, was {w}.");
            }

            if (x is < -2 or > 2)
            {
                throw new ArgumentOutOfRangeException(nameof(attainments), x, $"Goal attainment {i + 1} must be -2 to 2, was {x}.");
            }

            sumW += w;
            sumW2 += w * w;
            sumWx += w * x;
        }

        return 50 + (10 * sumWx / Math.Sqrt(((1 - rho) * sumW2) + (rho * sumW * sumW)));
    }
}
