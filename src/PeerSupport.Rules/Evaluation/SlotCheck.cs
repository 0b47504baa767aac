using PeerSupport.Rules.Language;

namespace PeerSupport.Rules.Evaluation;

/// <summary>
/// The quick check of a value filled into one slot, laid out at compile time from the fact's declaration: the kind
/// expected and, for numbers, the declared range (infinite bounds when open). Accepting a value here means
/// <see cref="Values.Check"/> accepts it too; a text, or a value refused here, goes to the full check.
/// </summary>
internal readonly struct SlotCheck
{
    private readonly FactValueKind _kind;
    private readonly double _minimum;
    private readonly double _maximum;

    private SlotCheck(FactValueKind kind, double minimum, double maximum)
    {
        _kind = kind;
        _minimum = minimum;
        _maximum = maximum;
    }

    /// <summary>The check of one declared fact.</summary>
    public static SlotCheck Of(FactDefinition definition) => definition.Type switch
    {
        FactType.Number => new(FactValueKind.Number, definition.Minimum ?? double.NegativeInfinity, definition.Maximum ?? double.PositiveInfinity),
        FactType.Boolean => new(FactValueKind.Boolean, 0, 0),
        _ => new(FactValueKind.Text, 0, 0),
    };

    /// <summary>Whether a known value passes without the full check (never true for texts: their allowed values are checked there).</summary>
    public bool Accepts(FactValue value) =>
        value.Kind == _kind && (_kind == FactValueKind.Boolean || (_kind == FactValueKind.Number && value.UncheckedNumber >= _minimum && value.UncheckedNumber <= _maximum));
}
