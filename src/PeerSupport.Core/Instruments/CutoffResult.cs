namespace PeerSupport.Instruments;

/// <summary>A cutoff of the instrument and whether one assessment meets it. Immutable.</summary>
public sealed class CutoffResult
{
    internal CutoffResult(InstrumentCutoff cutoff, bool? isMet)
    {
        Cutoff = cutoff;
        IsMet = isMet;
    }

    /// <summary>Gets the cutoff definition.</summary>
    public InstrumentCutoff Cutoff { get; }

    /// <summary>Gets whether the total meets the cutoff; <see langword="null"/> when the total is unknown.</summary>
    public bool? IsMet { get; }

    /// <summary>Returns the cutoff and whether it is met.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Cutoff}: {(IsMet is { } met ? (met ? "met" : "not met") : "unknown")}";
}
