using System.Globalization;

namespace PeerSupport.Analytics.Goals;

/// <summary>Goal Attainment Scaling (GAS) T-score. Pure and thread-safe.</summary>
public static class GoalAttainmentScaling
{
    /// <summary>The conventional inter-goal correlation ρ = 0.3 (Kiresuk &amp; Sherman).</summary>
    public const double DefaultRho = 0.3;

    /// <summary>The lowest attainment level (much less than expected).</summary>
    public const int MinimumAttainment = -2;

    /// <summary>The highest attainment level (much more than expected).</summary>
    public const int MaximumAttainment = 2;

    /// <summary>Computes the T-score of one member's goals.</summary>
    /// <param name="weights">Goal weights, each finite and greater than 0 (at least one goal).</param>
    /// <param name="attainments">Attainment levels −2..2 (0 = expected level), same length and order as <paramref name="weights"/>.</param>
    /// <param name="rho">Assumed correlation between goal scores, in [0, 1). The default is 0.3.</param>
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
            if (!(w > 0) || double.IsInfinity(w))
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

        var t = 50 + (10 * sumWx / Math.Sqrt(((1 - rho) * sumW2) + (rho * sumW * sumW)));
        return new GoalAttainmentResult
        {
            GoalCount = weights.Length,
            Rho = rho,
            SumOfWeights = sumW,
            SumOfSquaredWeights = sumW2,
            SumOfWeightedAttainments = sumWx,
            TScore = t,
        };
    }
}
