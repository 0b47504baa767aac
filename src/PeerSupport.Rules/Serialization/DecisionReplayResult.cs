namespace PeerSupport.Rules.Serialization;

/// <summary>The result of replaying a logged decision: the replayed decision and whether it matches the logged outcome.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DecisionReplayResult
{
    internal DecisionReplayResult(Decision? replayed, bool matches, IReadOnlyList<Problem> errors)
    {
        Replayed = replayed;
        Matches = matches;
        Errors = errors;
    }

    /// <summary>Gets the replayed decision, or <see langword="null"/> when the record could not be read or was made with another rule set.</summary>
    public Decision? Replayed { get; }

    /// <summary>Gets a value indicating whether the replayed decision's JSON equals the logged outcome exactly.</summary>
    public bool Matches { get; }

    /// <summary>Gets the problems reading the record (with JSON pointers); empty when it was read.</summary>
    public IReadOnlyList<Problem> Errors { get; }
}
