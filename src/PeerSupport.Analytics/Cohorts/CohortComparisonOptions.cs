using System.Globalization;
using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// Settings of <see cref="FacilitationModelComparer"/>. A mutable options object: build it, then pass it to the comparer,
/// which validates and copies it.
/// </summary>
public sealed class CohortComparisonOptions
{
    /// <summary>Gets or sets k: cells describing fewer members are suppressed, in [1, 1000]. The default value is 5.</summary>
    public int MinimumCellSize { get; set; } = SmallCellPolicy.DefaultMinimumCellSize;

    /// <summary>
    /// Gets or sets the non-inferiority margin in PHQ-9 points: how much worse (higher) the adjusted end score of peer-led
    /// members may be before peer-led groups count as less beneficial, in (0, 27]. The default value is 3 points, a
    /// judgement call below the PHQ-9 reliable change of 6: set it for your question.
    /// </summary>
    public double NonInferiorityMargin { get; set; } = 3;

    /// <summary>Gets or sets the retention horizon in days since joining, in [1, 3650]. The default value is 84 days.</summary>
    public int RetentionHorizonDays { get; set; } = 84;

    /// <summary>Gets or sets the fewest sessions a member must have attended to be counted in outcomes, in [0, 1000]. The default value is 2.</summary>
    public int MinimumSessionsForOutcome { get; set; } = 2;

    /// <summary>Gets or sets the fewest groups each compared model needs, in [1, 10000]. The default value is 2.</summary>
    public int MinimumGroupsPerModel { get; set; } = 2;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range.</exception>
    public void Validate()
    {
        Range(MinimumCellSize, 1, SmallCellPolicy.MaximumMinimumCellSize, nameof(MinimumCellSize));
        if (!(NonInferiorityMargin > 0 && NonInferiorityMargin <= 27))
        {
            throw new ArgumentOutOfRangeException(nameof(NonInferiorityMargin), NonInferiorityMargin, string.Create(CultureInfo.InvariantCulture, $"NonInferiorityMargin must be greater than 0 and at most 27 PHQ-9 points, was {NonInferiorityMargin}."));
        }

        Range(RetentionHorizonDays, 1, 3650, nameof(RetentionHorizonDays));
        Range(MinimumSessionsForOutcome, 0, 1000, nameof(MinimumSessionsForOutcome));
        Range(MinimumGroupsPerModel, 1, 10_000, nameof(MinimumGroupsPerModel));
    }

    internal CohortComparisonOptions Copy() => (CohortComparisonOptions)MemberwiseClone();

    private static void Range(int value, int min, int max, string name)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be {min}–{max}, was {value}."));
        }
    }
}
