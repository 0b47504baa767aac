namespace PeerSupport.Instruments;

/// <summary>A flag of the instrument and its state in one assessment. Immutable.</summary>
public sealed class FlagResult
{
    internal FlagResult(InstrumentFlag flag, FlagState state)
    {
        Flag = flag;
        State = state;
    }

    /// <summary>Gets the flag definition.</summary>
    public InstrumentFlag Flag { get; }

    /// <summary>Gets the flag's state: raised, not raised, or unknown when data it needs are missing.</summary>
    public FlagState State { get; }

    /// <summary>Returns the flag name and state.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Flag.Name}: {State}";
}
