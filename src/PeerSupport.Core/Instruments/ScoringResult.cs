namespace PeerSupport.Instruments;

/// <summary>
/// The outcome of <see cref="InstrumentDefinition.TryScore"/> or <see cref="InstrumentDefinition.TryScoreTotal"/>:
/// a score, or every error found in the input. Immutable.
/// </summary>
public sealed class ScoringResult
{
    internal ScoringResult(InstrumentScore? score, IReadOnlyList<ScoringError> errors)
    {
        Score = score;
        Errors = errors;
    }

    /// <summary>Gets a value indicating whether the input was valid and <see cref="Score"/> is set.</summary>
    public bool IsSuccess => Score is not null;

    /// <summary>Gets the score, or <see langword="null"/> when the input had errors.</summary>
    public InstrumentScore? Score { get; }

    /// <summary>Gets every error found in the input; empty on success.</summary>
    public IReadOnlyList<ScoringError> Errors { get; }
}
