using System.ComponentModel.DataAnnotations;
using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Engagement;

/// <summary>
/// Settings of the member engagement score (docs/group-health.md, "Engagement score"). A mutable options object: build
/// it, then pass it to <see cref="EngagementAnalyzer"/>, which validates and copies it. The ranges are data annotations
/// checked by the source-generated <see cref="EngagementOptionsValidator"/>.
/// </summary>
public sealed class EngagementOptions
{
    private static readonly EngagementOptionsValidator s_validator = new();

    /// <summary>Gets or sets the weight of the attendance rate, in (0, 100]: greater than 0, as the score is anchored on attendance. The default value is 0.5.</summary>
    [Range(0.0, 100.0, MinimumIsExclusive = true)]
    public double AttendanceWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of recency (how lately the member attended), in [0, 100]. The default value is 0.2.</summary>
    [Range(0.0, 100.0)]
    public double RecencyWeight { get; set; } = 0.2;

    /// <summary>Gets or sets the weight of the current attendance streak, in [0, 100]. The default value is 0.15.</summary>
    [Range(0.0, 100.0)]
    public double StreakWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of participation (speaking time against an equal share), in [0, 100]. The default value is 0.15.</summary>
    [Range(0.0, 100.0)]
    public double ParticipationWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the number of days after the last attended session at which recency reaches 0, in [1, 3650]. The default value is 28 days.</summary>
    [Range(1, 3650)]
    public int RecencyHorizonDays { get; set; } = 28;

    /// <summary>Gets or sets the current streak (consecutive attended sessions) that earns the full streak component, in [1, 1000]. The default value is 4 sessions.</summary>
    [Range(1, 1000)]
    public int StreakTarget { get; set; } = 4;

    /// <summary>Checks every setting with <see cref="EngagementOptionsValidator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when a setting is outside its documented range (the attendance weight must be greater than 0: the score is
    /// anchored on attendance). The parameter name is the first such setting; the message lists every broken rule, naming
    /// the setting and its range.
    /// </exception>
    public void Validate() => OptionsFailure.ThrowIfFailed(s_validator.Validate(null, this));

    internal EngagementOptions Copy() => (EngagementOptions)MemberwiseClone();
}
