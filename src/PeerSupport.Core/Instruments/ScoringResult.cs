using System.Diagnostics.CodeAnalysis;

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

    /// <summary>Gets a value indicating whether the input was valid (then <see cref="Score"/> is not null).</summary>
    [MemberNotNullWhen(true, nameof(Score))]
    public bool Succeeded => Score is not null;

    /// <summary>Gets the score, or <see langword="null"/> when the input had errors.</summary>
    public InstrumentScore? Score { get; }

    /// <summary>Gets every error found in the input; empty on success.</summary>
    public IReadOnlyList<ScoringError> Errors { get; }

    /// <summary>Returns the score, or throws with every error when the input was invalid.</summary>
    /// <returns>The score.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the input had errors; the message lists them (they name items and ranges, never answers beyond the value at fault).</exception>
    public InstrumentScore GetValueOrThrow() =>
        Score ?? throw new InvalidOperationException("The answers cannot be scored:" + Environment.NewLine + string.Join(Environment.NewLine, Errors));
}
