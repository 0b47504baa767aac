using System.Globalization;

namespace PeerSupport.Analytics.Engagement;

/// <summary>
/// Settings of the member engagement score (docs/group-health.md, "Engagement score"). A mutable options object: build
/// it, then pass it to <see cref="EngagementAnalyzer"/>, which validates and copies it.
/// </summary>
public sealed class EngagementOptions
{
    /// <summary>Gets or sets the weight of the attendance rate, in [0, 100]. The default value is 0.5.</summary>
    public double AttendanceWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of recency (how lately the member attended), in [0, 100]. The default value is 0.2.</summary>
    public double RecencyWeight { get; set; } = 0.2;

    /// <summary>Gets or sets the weight of the current attendance streak, in [0, 100]. The default value is 0.15.</summary>
    public double StreakWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the weight of participation (speaking time against an equal share), in [0, 100]. The default value is 0.15.</summary>
    public double ParticipationWeight { get; set; } = 0.15;

    /// <summary>Gets or sets the number of days after the last attended session at which recency reaches 0, in [1, 3650]. The default value is 28 days.</summary>
    public int RecencyHorizonDays { get; set; } = 28;

    /// <summary>Gets or sets the current streak (consecutive attended sessions) that earns the full streak component, in [1, 1000]. The default value is 4 sessions.</summary>
    public int StreakTarget { get; set; } = 4;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a setting is outside its documented range, or the attendance weight is 0 (the score is anchored on attendance).</exception>
    public void Validate()
    {
        CheckWeight(AttendanceWeight, nameof(AttendanceWeight));
        CheckWeight(RecencyWeight, nameof(RecencyWeight));
        CheckWeight(StreakWeight, nameof(StreakWeight));
        CheckWeight(ParticipationWeight, nameof(ParticipationWeight));
        if (AttendanceWeight == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(AttendanceWeight), AttendanceWeight, "AttendanceWeight must be greater than 0, was 0.");
        }

        if (RecencyHorizonDays is < 1 or > 3650)
        {
            throw new ArgumentOutOfRangeException(nameof(RecencyHorizonDays), RecencyHorizonDays, $"RecencyHorizonDays must be 1–3650, was {RecencyHorizonDays}.");
        }

        if (StreakTarget is < 1 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(StreakTarget), StreakTarget, $"StreakTarget must be 1–1000, was {StreakTarget}.");
        }
    }

    internal EngagementOptions Copy() => (EngagementOptions)MemberwiseClone();

    private static void CheckWeight(double weight, string name)
    {
        if (!(weight is >= 0 and <= 100))
        {
            throw new ArgumentOutOfRangeException(name, weight, string.Create(CultureInfo.InvariantCulture, $"{name} must be 0–100, was {weight}."));
        }
    }
}
