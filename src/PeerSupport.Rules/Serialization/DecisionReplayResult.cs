namespace PeerSupport.Rules.Serialization;

/// <summary>
/// The result of replaying a logged decision: the replayed decision and whether it matches the logged outcome, or the
/// problems that stopped the replay (a malformed record, or one made with another rule set).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DecisionReplayResult
{
    internal DecisionReplayResult(Decision? replayed, bool matches, IReadOnlyList<Problem> problems)
    {
        Replayed = replayed;
        Matches = matches;
        Problems = problems;
    }

    /// <summary>Gets the replayed decision, or <see langword="null"/> when the record could not be read or was made with another rule set.</summary>
    public Decision? Replayed { get; }

    /// <summary>Gets a value indicating whether the replayed decision's JSON equals the logged outcome exactly.</summary>
    public bool Matches { get; }

    /// <summary>Gets the problems reading the record (with JSON pointers); empty when it was read.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Gets a value indicating whether the record was replayed (then <see cref="Replayed"/> has a value; it may still not match).</summary>
    public bool Succeeded => Replayed.HasValue;

    /// <summary>Returns the replayed decision, or throws with every problem when the record could not be replayed.</summary>
    /// <returns>The replayed decision.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the record could not be replayed; the message lists every located problem.</exception>
    public Decision GetValueOrThrow() =>
        Replayed ?? throw new InvalidOperationException("The decision could not be replayed:" + Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
