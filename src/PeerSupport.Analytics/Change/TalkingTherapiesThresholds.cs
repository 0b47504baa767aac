namespace PeerSupport.Analytics.Change;

/// <summary>
/// Thresholds of the NHS Talking Therapies (formerly IAPT) outcome measures for PHQ-9 / GAD-7 pairs. Defaults are the
/// published values (caseness PHQ-9 ≥ 10 or GAD-7 ≥ 8; reliable change PHQ-9 ≥ 6, GAD-7 ≥ 4 points); every value is
/// configurable because services and versions of the guidance differ. Validated when used by
/// <see cref="TalkingTherapiesClassifier"/>. Not thread-safe while being mutated; treat as immutable once built.
/// </summary>
public sealed class TalkingTherapiesThresholds
{
    /// <summary>Gets or sets the PHQ-9 caseness cutoff (a score at or above it is a case), 1–27. The default value is 10.</summary>
    public int Phq9Caseness { get; set; } = 10;

    /// <summary>Gets or sets the GAD-7 caseness cutoff (a score at or above it is a case), 1–21. The default value is 8.</summary>
    public int Gad7Caseness { get; set; } = 8;

    /// <summary>Gets or sets the PHQ-9 change counted as reliable (in either direction), 1–27. The default value is 6.</summary>
    public int Phq9ReliableChange { get; set; } = 6;

    /// <summary>Gets or sets the GAD-7 change counted as reliable (in either direction), 1–21. The default value is 4.</summary>
    public int Gad7ReliableChange { get; set; } = 4;

    /// <summary>Checks every threshold against its range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a threshold is outside its range; the message names it.</exception>
    public void Validate()
    {
        Check(Phq9Caseness, 27, nameof(Phq9Caseness));
        Check(Gad7Caseness, 21, nameof(Gad7Caseness));
        Check(Phq9ReliableChange, 27, nameof(Phq9ReliableChange));
        Check(Gad7ReliableChange, 21, nameof(Gad7ReliableChange));
    }

    private static void Check(int value, int maximum, string name)
    {
        if (value < 1 || value > maximum)
        {
#pragma warning disable CA2208 // the property name is the clearest thing to report
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be 1–{maximum}, was {value}.");
#pragma warning restore CA2208
        }
    }
}
