namespace PeerSupport.Analytics.Change;

/// <summary>
/// NHS Talking Therapies outcome flags for one member's first and last PHQ-9 / GAD-7 pair. Produced by
/// <see cref="TalkingTherapiesClassifier.Classify"/>. Immutable.
/// </summary>
public sealed record TalkingTherapiesOutcome
{
    internal TalkingTherapiesOutcome()
    {
    }

    /// <summary>Gets a value indicating whether the first pair is a case (PHQ-9 or GAD-7 at or above its caseness cutoff).</summary>
    public bool IsCaseAtStart { get; internal init; }

    /// <summary>Gets a value indicating whether the last pair is a case.</summary>
    public bool IsCaseAtEnd { get; internal init; }

    /// <summary>Gets a value indicating recovery: a case at start and below both caseness cutoffs at the end. Always <see langword="false"/> for members who were not a case at start (exclude them from recovery rates).</summary>
    public bool IsRecovered { get; internal init; }

    /// <summary>Gets a value indicating reliable improvement: PHQ-9 dropped by at least its reliable change and/or GAD-7 by at least its reliable change, and neither rose by its reliable change.</summary>
    public bool IsReliablyImproved { get; internal init; }

    /// <summary>Gets a value indicating reliable deterioration: PHQ-9 and/or GAD-7 rose by at least its reliable change, and neither dropped by its reliable change.</summary>
    public bool IsReliablyDeteriorated { get; internal init; }

    /// <summary>Gets a value indicating reliable recovery: both recovered and reliably improved.</summary>
    public bool IsReliablyRecovered { get; internal init; }

    /// <summary>Gets the PHQ-9 change, last − first (negative is improvement).</summary>
    public int Phq9Change { get; internal init; }

    /// <summary>Gets the GAD-7 change, last − first (negative is improvement).</summary>
    public int Gad7Change { get; internal init; }
}
