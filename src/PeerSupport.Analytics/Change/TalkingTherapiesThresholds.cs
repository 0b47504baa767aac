using System.ComponentModel.DataAnnotations;
using PeerSupport.Analytics.Internal;

namespace PeerSupport.Analytics.Change;

/// <summary>
/// Thresholds of the NHS Talking Therapies (formerly IAPT) outcome measures for PHQ-9 / GAD-7 pairs. Defaults are the
/// published values (caseness PHQ-9 ≥ 10 or GAD-7 ≥ 8; reliable change PHQ-9 ≥ 6, GAD-7 ≥ 4 points); every value is
/// configurable because services and versions of the guidance differ. The ranges are data annotations checked by the
/// source-generated <see cref="TalkingTherapiesThresholdsValidator"/>; <see cref="Validate"/> runs it, and
/// <see cref="TalkingTherapiesClassifier"/> validates the thresholds it is given. Not thread-safe while being mutated;
/// treat as immutable once built.
/// </summary>
public sealed class TalkingTherapiesThresholds
{
    private static readonly TalkingTherapiesThresholdsValidator s_validator = new();

    /// <summary>Gets or sets the PHQ-9 caseness cutoff (a score at or above it is a case), 1–27. The default value is 10.</summary>
    [Range(1, 27)]
    public int Phq9Caseness { get; set; } = 10;

    /// <summary>Gets or sets the GAD-7 caseness cutoff (a score at or above it is a case), 1–21. The default value is 8.</summary>
    [Range(1, 21)]
    public int Gad7Caseness { get; set; } = 8;

    /// <summary>Gets or sets the PHQ-9 change counted as reliable (in either direction), 1–27. The default value is 6.</summary>
    [Range(1, 27)]
    public int Phq9ReliableChange { get; set; } = 6;

    /// <summary>Gets or sets the GAD-7 change counted as reliable (in either direction), 1–21. The default value is 4.</summary>
    [Range(1, 21)]
    public int Gad7ReliableChange { get; set; } = 4;

    /// <summary>Checks every threshold against its range with <see cref="TalkingTherapiesThresholdsValidator"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// Thrown when a threshold is outside its range; the parameter name is the first such threshold and the message lists
    /// every broken rule, naming the threshold and its range.
    /// </exception>
    public void Validate() => OptionsFailure.ThrowIfFailed(s_validator.Validate(null, this));
}
