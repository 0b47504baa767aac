namespace PeerSupport.Instruments;

/// <summary>
/// The state of a flag in an assessment, in three-valued logic. The default value is <see cref="Unknown"/>, so an
/// uninitialised state never reads as "no risk".
/// </summary>
public enum FlagState
{
    /// <summary>The data needed to decide are missing (for example PHQ-9 item 9 unanswered): never read as "no risk".</summary>
    Unknown = 0,

    /// <summary>Every condition of the flag was checked and none is met.</summary>
    NotRaised = 1,

    /// <summary>At least one condition of the flag is met.</summary>
    Raised = 2,
}
