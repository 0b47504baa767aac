namespace PeerSupport.Instruments;

/// <summary>Which side of a threshold value meets it.</summary>
public enum ThresholdDirection
{
    /// <summary>A score meets the threshold when it is greater than or equal to the value (≥).</summary>
    AtLeast = 0,

    /// <summary>A score meets the threshold when it is less than or equal to the value (≤).</summary>
    AtMost = 1,
}
