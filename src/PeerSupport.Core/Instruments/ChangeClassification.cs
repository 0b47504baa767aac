namespace PeerSupport.Instruments;

/// <summary>
/// How the change between two assessments of one instrument compares with its reliable-change value. The default
/// value is <see cref="Unknown"/>.
/// </summary>
public enum ChangeClassification
{
    /// <summary>A total is unknown, so the change cannot be classified.</summary>
    Unknown = 0,

    /// <summary>The instrument has no established reliable-change value.</summary>
    NotEstablished = 1,

    /// <summary>The change is smaller than the reliable-change value in either direction.</summary>
    NoReliableChange = 2,

    /// <summary>The score moved in the better direction by at least the reliable-change value.</summary>
    ReliableImprovement = 3,

    /// <summary>The score moved in the worse direction by at least the reliable-change value.</summary>
    ReliableDeterioration = 4,
}
