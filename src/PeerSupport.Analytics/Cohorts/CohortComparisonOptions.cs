using System.ComponentModel.DataAnnotations;
using PeerSupport.Analytics.Internal;
using PeerSupport.Analytics.Privacy;

namespace PeerSupport.Analytics.Cohorts;

/// <summary>
/// Settings of <see cref="FacilitationModelComparer"/>. A mutable options object: build it, then pass it to the comparer,
/// which validates and copies it. The ranges are data annotations checked by the source-generated
/// <see cref="CohortComparisonOptionsValidator"/>.
/// </summary>
public sealed class CohortComparisonOptions
{
    private static readonly CohortComparisonOptionsValidator s_validator = new();

    /// <summary>Gets or sets k: cells describing fewer members are suppressed, in [1, 1000]. The default value is 5.</summary>
    [Range(1, SmallCellPolicy.MaximumMinimumCellSize)]
    public int MinimumCellSize { get; set; } = SmallCellPolicy.DefaultMinimumCellSize;

    /// <summary>
    /// Gets or sets the non-inferiority margin in PHQ-9 points: how much worse (higher) the adjusted end score of peer-led
    /// members may be before peer-led groups count as less beneficial, in (0, 27]. The default value is 3 points, a
    /// judgement call below the PHQ-9 reliable change of 6: set it for your question.
    /// </summary>
    [Range(0.0, 27.0, MinimumIsExclusive = true)]
    public double NonInferiorityMargin { get; set; } = 3;

    /// <summary>Gets or sets the retention horizon in days since joining, in [1, 3650]. The default value is 84 days.</summary>
    [Range(1, 3650)]
    public int RetentionHorizonDays { get; set; } = 84;

    /// <summary>Gets or sets the fewest sessions a member must have attended to be counted in outcomes, in [0, 1000]. The default value is 2.</summary>
    [Range(0, 1000)]
    public int MinimumSessionsForOutcome { get; set; } = 2;

    /// <summary>Gets or sets the fewest groups each compared model needs, in [1, 10000]. The default value is 2.</summary>
    [Range(1, 10_000)]
    public int MinimumGroupsPerModel { get; set; } = 2;

    /// <summary>Checks every setting with <see cref="CohortComparisonOptionsValidator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when a setting is outside its documented range. The parameter name is the first such setting; the message
    /// lists every broken rule, naming the setting and its range.
    /// </exception>
    public void Validate() => OptionsFailure.ThrowIfFailed(s_validator.Validate(null, this));

    internal CohortComparisonOptions Copy() => (CohortComparisonOptions)MemberwiseClone();
}
