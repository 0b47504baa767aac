namespace PeerSupport.Instruments;

/// <summary>
/// Why an assessment could not be scored: an item or total out of range, or the wrong number of items. The message
/// names the instrument, the item and the range (for example "PHQ-9 item 9 must be 0–3, was 4"). Immutable.
/// </summary>
public sealed class ScoringError
{
    internal ScoringError(InstrumentId instrument, int? itemNumber, string message)
    {
        Instrument = instrument;
        ItemNumber = itemNumber;
        Message = message;
    }

    /// <summary>Gets the instrument.</summary>
    public InstrumentId Instrument { get; }

    /// <summary>Gets the 1-based item at fault, or <see langword="null"/> when the error is about the total or the item count.</summary>
    public int? ItemNumber { get; }

    /// <summary>Gets the message naming the instrument, the item (if any) and the rule broken.</summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
