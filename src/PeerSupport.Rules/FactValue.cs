using System.Globalization;

namespace PeerSupport.Rules;

/// <summary>
/// The value of one fact for one subject: a number, a boolean, a text, or unknown (<see cref="FactValueKind.Absent"/> or
/// <see cref="FactValueKind.Missing"/>). The default value is <see cref="Absent"/>.
/// </summary>
/// <remarks>Immutable; creating and copying values does not allocate.</remarks>
public readonly struct FactValue : IEquatable<FactValue>
{
    private readonly double _number;
    private readonly string? _text;

    private FactValue(FactValueKind kind, double number, string? text)
    {
        Kind = kind;
        _number = number;
        _text = text;
    }

    /// <summary>Gets the absent value (not applicable). Equal to <c>default</c>.</summary>
    public static FactValue Absent => default;

    /// <summary>Gets the missing value (data exist but are incomplete).</summary>
    public static FactValue Missing => new(FactValueKind.Missing, 0, null);

    /// <summary>Gets the kind of value.</summary>
    public FactValueKind Kind { get; }

    /// <summary>Gets a value indicating whether the value is known (a number, boolean or text).</summary>
    public bool IsKnown => Kind >= FactValueKind.Number;

    /// <summary>Gets the number; 0 unless <see cref="Kind"/> is <see cref="FactValueKind.Number"/>.</summary>
    public double Number => Kind == FactValueKind.Number ? _number : 0;

    /// <summary>Gets the stored number without checking the kind (callers know it is a number).</summary>
    internal double UncheckedNumber => _number;

    /// <summary>Gets the boolean; false unless <see cref="Kind"/> is <see cref="FactValueKind.Boolean"/>.</summary>
    public bool Boolean => Kind == FactValueKind.Boolean && _number != 0;

    /// <summary>Gets the text; empty unless <see cref="Kind"/> is <see cref="FactValueKind.Text"/>.</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Creates a number value.</summary>
    /// <param name="value">A finite number.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="value"/> is NaN or infinite.</exception>
    public static FactValue FromNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A fact number must be finite.");
        }

        return new FactValue(FactValueKind.Number, value == 0 ? 0 : value, null);
    }

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static FactValue FromBoolean(bool value) => new(FactValueKind.Boolean, value ? 1 : 0, null);

    /// <summary>Creates a text value.</summary>
    /// <param name="value">The text (not null).</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="value"/> is null.</exception>
    public static FactValue FromText(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new FactValue(FactValueKind.Text, 0, value);
    }

    /// <summary>Compares two values for equality (same kind and same content; text compared ordinally).</summary>
    public static bool operator ==(FactValue left, FactValue right) => left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    public static bool operator !=(FactValue left, FactValue right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(FactValue other) =>
        Kind == other.Kind && _number.Equals(other._number) && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FactValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, _number, _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text));

    /// <summary>
    /// Formats the value as it appears in explanations: numbers in invariant culture, text in single quotes,
    /// <c>true</c>/<c>false</c>, <c>absent</c> or <c>missing</c>.
    /// </summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() => Kind switch
    {
        FactValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        FactValueKind.Boolean => Boolean ? "true" : "false",
        FactValueKind.Text => "'" + Text.Replace("'", "''", StringComparison.Ordinal) + "'",
        FactValueKind.Missing => "missing",
        _ => "absent",
    };
}
